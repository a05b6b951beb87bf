using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Messages;

/// <summary>
/// One telemetry record (docs/protocol.md, "telemetry"): published once a second at QoS 0, or re-sent at
/// QoS 1 with <see cref="Replay"/> set when back-filling. The host de-duplicates by
/// (<see cref="RunId"/>, <see cref="Sequence"/>).
/// </summary>
/// <param name="RigId">The rig id.</param>
/// <param name="RunId">Run id; null when no run has been started since boot.</param>
/// <param name="Sequence">1 .. 2³¹−1; restarts at 1 when a run starts pre-warming, +1 per record.</param>
/// <param name="TimeSinceBootSeconds">Monotonic rig time since boot, s (1 decimal on the wire).</param>
/// <param name="State">Run state.</param>
/// <param name="ControlTemperatureCelsius">Control (RTD) temperature, °C, or null when not available.</param>
/// <param name="SafetyTemperatureCelsius">Safety (DS18B20) temperature, °C, or null when not available.</param>
/// <param name="SetpointCelsius">Temperature set-point, °C; 0 when not heating.</param>
/// <param name="HeaterDutyCycle">Heater duty applied, 0..1.</param>
/// <param name="DrumSpeedRpm">Measured drum speed, rpm.</param>
/// <param name="DrumSpeedSetpointRpm">Commanded drum speed, rpm.</param>
/// <param name="ExposureSeconds">Exposure time since t0, s; 0 before t0.</param>
/// <param name="Fault">Latched fault.</param>
/// <param name="Replay">True when re-sent as back-fill; written only when true.</param>
public sealed record TelemetryRecord(
    string RigId,
    string? RunId,
    long Sequence,
    double TimeSinceBootSeconds,
    RigState State,
    double? ControlTemperatureCelsius,
    double? SafetyTemperatureCelsius,
    double SetpointCelsius,
    double HeaterDutyCycle,
    double DrumSpeedRpm,
    double DrumSpeedSetpointRpm,
    double ExposureSeconds,
    RigFault Fault,
    bool Replay = false) : RigMessage(RigId)
{
    /// <inheritdoc/>
    public override RigTopicKind TopicKind => RigTopicKind.Telemetry;
}
