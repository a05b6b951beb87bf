using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>Fields of <c>telemetry</c> after the common ones, in the order of docs/protocol.md.</summary>
internal static class TelemetryCodec
{
    public static readonly string[] Fields =
        ["run", "seq", "t_s", "state", "temp_c", "safety_c", "set_c", "duty", "rpm", "rpm_set", "exp_s", "fault", "replay"];

    public static TelemetryRecord? Read(MessageReader reader, string rigId)
    {
        reader.RejectRepeated(["v", "type", "rig", .. Fields]);
        var runId = reader.RunId("run", nullable: true);
        var sequence = reader.Integer(ProtocolLimits.TelemetrySequence);
        var time = reader.Number(ProtocolLimits.TimeSinceBoot);
        var state = reader.Name<RigState>("state", ProtocolNames.TryParse, "a run state name");
        var control = reader.NullableNumber(ProtocolLimits.ControlTemperature);
        var safety = reader.NullableNumber(ProtocolLimits.SafetyTemperature);
        var setpoint = reader.Number(ProtocolLimits.TelemetrySetpoint);
        var duty = reader.Number(ProtocolLimits.HeaterDuty);
        var speed = reader.Number(ProtocolLimits.MeasuredSpeed);
        var speedSetpoint = reader.Number(ProtocolLimits.CommandedSpeed);
        var exposure = reader.Number(ProtocolLimits.Exposure);
        var fault = reader.Name<RigFault>("fault", ProtocolNames.TryParse, "a fault name");
        var replay = reader.BooleanOrDefault("replay", false);
        return reader.Failed
            ? null
            : new TelemetryRecord(
                rigId, runId, sequence, time, state, control, safety, setpoint, duty, speed, speedSetpoint, exposure, fault, replay);
    }

    public static void Write(CanonicalJsonWriter writer, TelemetryRecord record)
    {
        writer.String("run", record.RunId);
        writer.Integer("seq", record.Sequence);
        writer.Number(ProtocolLimits.TimeSinceBoot, record.TimeSinceBootSeconds);
        writer.String("state", ProtocolNames.ToWire(record.State));
        writer.Number(ProtocolLimits.ControlTemperature, record.ControlTemperatureCelsius);
        writer.Number(ProtocolLimits.SafetyTemperature, record.SafetyTemperatureCelsius);
        writer.Number(ProtocolLimits.TelemetrySetpoint, record.SetpointCelsius);
        writer.Number(ProtocolLimits.HeaterDuty, record.HeaterDutyCycle);
        writer.Number(ProtocolLimits.MeasuredSpeed, record.DrumSpeedRpm);
        writer.Number(ProtocolLimits.CommandedSpeed, record.DrumSpeedSetpointRpm);
        writer.Number(ProtocolLimits.Exposure, record.ExposureSeconds);
        writer.String("fault", ProtocolNames.ToWire(record.Fault));
        if (record.Replay)
        {
            writer.Boolean("replay", true);
        }
    }
}
