using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>What the live page shows of a run, read from the database in one go.</summary>
public sealed class LiveRunSnapshot
{
    /// <summary>Run id.</summary>
    public long RunId { get; init; }

    /// <summary>Run key (wire run id).</summary>
    public string RunKey { get; init; } = "";

    /// <summary>The rig's wire id.</summary>
    public string RigKey { get; init; } = "";

    /// <summary>The rig's display name.</summary>
    public string RigName { get; init; } = "";

    /// <summary>Current state.</summary>
    public RunState State { get; init; }

    /// <summary>Made by a simulated rig.</summary>
    public bool IsSimulated { get; init; }

    /// <summary>Approved and locked.</summary>
    public bool IsLocked { get; init; }

    /// <summary>When pre-warming started, UTC.</summary>
    public DateTime? PrewarmStartedAtUtc { get; init; }

    /// <summary>When the rig reported ready, UTC.</summary>
    public DateTime? ReadyAtUtc { get; init; }

    /// <summary>t0, UTC.</summary>
    public DateTime? LoadedAtUtc { get; init; }

    /// <summary>When the run ended, UTC.</summary>
    public DateTime? EndedAtUtc { get; init; }

    /// <summary>Why it ended (completed, aborted by ..., rig fault ...).</summary>
    public string? EndReason { get; init; }

    /// <summary>Planned exposure from t0, minutes (from the run's protocol template).</summary>
    public double? ExposureMinutes { get; init; }

    /// <summary>Number of loops.</summary>
    public int LoopCount { get; init; }

    /// <summary>The sampling schedule, by planned offset.</summary>
    public IReadOnlyList<ScheduledSample> Schedule { get; init; } = [];

    /// <summary>Deviations recorded so far (automatic and manual), oldest first, as "code: what".</summary>
    public IReadOnlyList<string> Deviations { get; init; } = [];
}
