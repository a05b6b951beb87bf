namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// Reason codes of <see cref="CommandOutcome"/> when the host refuses a command before sending it
/// (the rig's own codes are those of docs/protocol.md). The detail says what is wrong and how to fix it.
/// </summary>
public static class HostRefusals
{
    /// <summary>No run (or rig) with that id exists.</summary>
    public const string RunNotFound = "run_not_found";

    /// <summary>The run's state does not allow the command (e.g. confirm loaded before the rig is ready).</summary>
    public const string WrongRunState = "wrong_run_state";

    /// <summary>The run is locked (approved): nothing of it may change.</summary>
    public const string RunLocked = "run_locked";

    /// <summary>The rig's last status says it is offline, or it never published one.</summary>
    public const string RigOffline = "rig_offline";

    /// <summary>The rig is busy with another run.</summary>
    public const string RigBusy = "rig_busy";

    /// <summary>An argument is out of range (e.g. an unknown sample index).</summary>
    public const string InvalidArgument = "invalid_argument";

    /// <summary>The command could not be published to the broker.</summary>
    public const string NotSent = "not_sent";
}
