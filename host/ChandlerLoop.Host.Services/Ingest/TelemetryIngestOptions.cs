namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Settings of <see cref="TelemetryIngest"/>. Check with <see cref="Validate"/>; the ingest refuses
/// invalid options with an <see cref="ArgumentException"/> carrying the same message.
/// </summary>
public sealed class TelemetryIngestOptions
{
    /// <summary>
    /// Longest time received records wait before they are written (default 200 ms): at 1 record/s per
    /// rig this is one small transaction per interval, not one per record.
    /// </summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most telemetry records written in one transaction (default 500); a full batch is written at once.</summary>
    public int MaximumBatchRecords { get; init; } = 500;

    /// <summary>
    /// Most records and events held in memory while the database cannot be written (default 100,000 ≈ 28 h
    /// of one rig at 1 Hz); beyond it the oldest are dropped, counted and logged.
    /// </summary>
    public int MaximumPendingRecords { get; init; } = 100_000;

    /// <summary>
    /// How long a gap in a run's sequence must stay open before a back-fill is asked for (default 2 s):
    /// records still in flight (a rig's outbox after reconnecting) close short gaps on their own. Zero asks at once.
    /// </summary>
    public TimeSpan BackfillGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Shortest time between two back-fill requests for the same gap (default 30 s). The rig re-sends at
    /// most 50 records/s (docs/protocol.md, "Back-fill"), so a 1,000-record gap needs 20 s; a gap still
    /// open after this is asked for again from its current first missing record.
    /// </summary>
    public TimeSpan BackfillRepeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Back-fill requests per gap before the ingest gives up on it (default 10, ≈ 5 min at the default
    /// repeat interval; 0 = never): a gap the rig cannot fill (numbers skipped at a reboot, records no longer
    /// held) is then reported once through <see cref="TelemetryIngest.GapAbandoned"/> and no longer asked for.
    /// </summary>
    public int BackfillMaximumRequests { get; init; } = 10;

    /// <summary>Null when usable, otherwise what is wrong.</summary>
    public string? Validate()
    {
        if (FlushInterval <= TimeSpan.Zero || FlushInterval > TimeSpan.FromMinutes(1))
        {
            return "FlushInterval must be more than 0 and at most 1 minute (default 200 ms); it is " + FlushInterval + ".";
        }

        if (MaximumBatchRecords < 1 || MaximumBatchRecords > 10_000)
        {
            return "MaximumBatchRecords must be 1..10,000 (default 500); it is " + MaximumBatchRecords + ".";
        }

        if (MaximumPendingRecords < MaximumBatchRecords)
        {
            return "MaximumPendingRecords must be at least MaximumBatchRecords (" + MaximumBatchRecords + "); it is " + MaximumPendingRecords + ".";
        }

        if (BackfillGracePeriod < TimeSpan.Zero)
        {
            return "BackfillGracePeriod must not be negative (default 2 s); it is " + BackfillGracePeriod + ".";
        }

        if (BackfillRepeatInterval <= TimeSpan.Zero)
        {
            return "BackfillRepeatInterval must be more than 0 (default 30 s); it is " + BackfillRepeatInterval + ".";
        }

        if (BackfillMaximumRequests < 0)
        {
            return "BackfillMaximumRequests must be 0 (never give up) or more (default 10); it is " + BackfillMaximumRequests + ".";
        }

        return null;
    }
}
