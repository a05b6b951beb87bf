using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>What the orchestrator last saw of one rig, to spot reboots and reconnections. Used under the orchestrator's gate.</summary>
internal sealed class RigWatch(string rigKey)
{
    public string RigKey { get; } = rigKey;

    /// <summary>Null until the first status since the orchestrator started.</summary>
    public bool? Online { get; set; }

    public RigState? State { get; set; }

    public string? RunKey { get; set; }

    public long? UptimeSeconds { get; set; }

    /// <summary>Highest <c>eseq</c> seen since the rig's last boot (0 = none).</summary>
    public long LastEventSequence { get; set; }

    /// <summary>The last run state the rig reported for its run, and when (host time), for the reboot deviation.</summary>
    public RigState? LastRunState { get; set; }

    public DateTimeOffset? LastRunStateAt { get; set; }

    /// <summary>The last fault the rig latched (wire name), for the run's end reason.</summary>
    public string? LastFault { get; set; }

    /// <summary>True once the records sent while the host was away have been asked for, for the rig's current connection.</summary>
    public bool CaughtUp { get; set; }
}
