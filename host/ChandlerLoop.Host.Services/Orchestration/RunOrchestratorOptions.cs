namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// Settings of <see cref="RunOrchestrator"/>. Check with <see cref="Validate"/>; the orchestrator refuses
/// invalid options with an <see cref="ArgumentException"/> carrying the same message.
/// </summary>
public sealed class RunOrchestratorOptions
{
    /// <summary>
    /// How long one attempt of a command waits for the rig's <c>command_result</c> (default 10 s). A rig
    /// answers within one control tick (0.5 s) plus the broker round trip; 10 s covers a slow Wi-Fi link.
    /// </summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Attempts per command (default 3): after a time-out the same command, with the same id, is published
    /// again (the rig answers an id once and ignores repeats, docs/protocol.md "How a rig answers"), so a
    /// command is never applied twice. After the last attempt the outcome is <see cref="CommandOutcome.TimedOut"/>.
    /// </summary>
    public int CommandAttempts { get; init; } = 3;

    /// <summary>
    /// How long after a run ended (completed, aborted, faulted) the ingest's sequence tracker of the run is
    /// released (default 2 min), leaving time for the last back-fills; gaps still open then are recorded as
    /// a <c>telemetry_lost</c> deviation.
    /// </summary>
    public TimeSpan TrackerReleaseDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the id of a timed-out command is remembered so that a late answer is still applied (default 1 h).</summary>
    public TimeSpan LateResultRetention { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Null when usable, otherwise what is wrong.</summary>
    public string? Validate()
    {
        if (CommandTimeout <= TimeSpan.Zero || CommandTimeout > TimeSpan.FromMinutes(5))
        {
            return "CommandTimeout must be more than 0 and at most 5 minutes (default 10 s); it is " + CommandTimeout + ".";
        }

        if (CommandAttempts < 1 || CommandAttempts > 10)
        {
            return "CommandAttempts must be 1..10 (default 3); it is " + CommandAttempts + ".";
        }

        if (TrackerReleaseDelay < TimeSpan.Zero)
        {
            return "TrackerReleaseDelay must not be negative (default 2 min); it is " + TrackerReleaseDelay + ".";
        }

        if (LateResultRetention < TimeSpan.Zero)
        {
            return "LateResultRetention must not be negative (default 1 h); it is " + LateResultRetention + ".";
        }

        return null;
    }
}
