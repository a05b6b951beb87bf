using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Messages;

/// <summary>
/// The retained <c>status</c> of a rig (docs/protocol.md, "status"). Online, every detail is present;
/// offline (the last will, or a clean shutdown) only <c>online: false</c> and <c>state: "offline"</c> are
/// written, and the details are null.
/// </summary>
/// <param name="RigId">The rig id.</param>
/// <param name="Online">False only in the last will and on a clean shutdown.</param>
/// <param name="State">Run state when online; null when offline (written as <c>offline</c>).</param>
/// <param name="FirmwareVersion">Firmware version, 1–32 characters, when online.</param>
/// <param name="RunId">Current or last run id, or null when no run has been started since boot.</param>
/// <param name="Fault">Latched fault (<see cref="RigFault.None"/> if none), when online.</param>
/// <param name="UptimeSeconds">Whole seconds since boot, ≥ 0, when online.</param>
/// <param name="Calibration">The rig's sensor calibration (<c>cal</c>) when online and reported; null when the
/// rig does not report it (older firmware) and always when offline.</param>
public sealed record RigStatus(
    string RigId,
    bool Online,
    RigState? State,
    string? FirmwareVersion,
    string? RunId,
    RigFault? Fault,
    long? UptimeSeconds,
    RigCalibration? Calibration = null) : RigMessage(RigId)
{
    /// <inheritdoc/>
    public override RigTopicKind TopicKind => RigTopicKind.Status;

    /// <summary>An online status with every detail; <paramref name="calibration"/> null leaves <c>cal</c> out.</summary>
    public static RigStatus CreateOnline(
        string rigId, RigState state, string firmwareVersion, string? runId, RigFault fault, long uptimeSeconds,
        RigCalibration? calibration = null) =>
        new(rigId, true, state, firmwareVersion, runId, fault, uptimeSeconds, calibration);

    /// <summary>The offline status: the rig's last will, or what it publishes on a clean shutdown.</summary>
    public static RigStatus CreateOffline(string rigId) => new(rigId, false, null, null, null, null, null);
}
