using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Registry;

/// <summary>
/// What the host knows about one rig from its retained <c>status</c> (docs/protocol.md, "status").
/// After the offline will, <see cref="IsOnline"/> is false and <see cref="State"/>, <see cref="Fault"/>
/// and <see cref="UptimeSeconds"/> are null; <see cref="FirmwareVersion"/> and <see cref="RunKey"/> keep
/// the values of the last online status, so a user still sees what the rig was doing.
/// </summary>
/// <param name="RigKey">The rig id on the wire (topic level), e.g. <c>rig-01</c>.</param>
/// <param name="IsOnline">True after an online status, false after the will or a clean shutdown.</param>
/// <param name="State">Run state of the last online status; null while offline.</param>
/// <param name="FirmwareVersion">Firmware version of the last online status; null until one arrived.</param>
/// <param name="RunKey">Current or last run id of the last online status; null when none.</param>
/// <param name="Fault">Latched fault of the last online status; null while offline.</param>
/// <param name="UptimeSeconds">Whole seconds since the rig's boot, from the last online status; null while offline.</param>
/// <param name="LastSeenUtc">When the host last received an online status, UTC; null if never.</param>
/// <param name="ChangedAtUtc">When the host received the status that produced this value, UTC.</param>
public sealed record RigPresence(
    string RigKey,
    bool IsOnline,
    RigState? State,
    string? FirmwareVersion,
    string? RunKey,
    RigFault? Fault,
    long? UptimeSeconds,
    DateTimeOffset? LastSeenUtc,
    DateTimeOffset ChangedAtUtc);
