namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>The ingest's counters, updated with <see cref="Interlocked"/> (fields so they can be passed by ref).</summary>
internal sealed class IngestCounterFields
{
    public long ReceivedTelemetry;
    public long StoredTelemetry;
    public long DuplicateTelemetry;
    public long NoRunTelemetry;
    public long UnknownRunTelemetry;
    public long InvalidSequenceTelemetry;
    public long StoredEvents;
    public long DuplicateEvents;
    public long Undecodable;
    public long BackfillRequests;
    public long FailedFlushes;
    public long DroppedPending;
    public long Flushes;
    public long AbandonedRecords;
    public long LockedRunTelemetry;

    public TelemetryIngestCounters Snapshot() => new(
        Interlocked.Read(ref ReceivedTelemetry),
        Interlocked.Read(ref StoredTelemetry),
        Interlocked.Read(ref DuplicateTelemetry),
        Interlocked.Read(ref NoRunTelemetry),
        Interlocked.Read(ref UnknownRunTelemetry),
        Interlocked.Read(ref InvalidSequenceTelemetry),
        Interlocked.Read(ref StoredEvents),
        Interlocked.Read(ref DuplicateEvents),
        Interlocked.Read(ref Undecodable),
        Interlocked.Read(ref BackfillRequests),
        Interlocked.Read(ref FailedFlushes),
        Interlocked.Read(ref DroppedPending),
        Interlocked.Read(ref Flushes),
        Interlocked.Read(ref AbandonedRecords),
        Interlocked.Read(ref LockedRunTelemetry));
}
