using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Writes a command after the common fields: <c>id</c>, <c>cmd</c>, then its fields in the order of
/// docs/protocol.md. Optional fields with a default are always written; <c>tube</c>, <c>note</c> and
/// <c>to_seq</c> only when given.
/// </summary>
internal static class CommandWriter
{
    public static void Write(CanonicalJsonWriter writer, RigCommand command)
    {
        writer.String("id", command.CommandId);
        writer.String("cmd", ProtocolNames.ToWire(command.Kind));
        switch (command)
        {
            case StartPrewarmCommand c:
                writer.String("run", c.RunId);
                writer.Number(ProtocolLimits.PrewarmSetpoint, c.SetpointCelsius);
                writer.Number(ProtocolLimits.PrewarmSpeed, c.SpeedRpm);
                writer.Number(ProtocolLimits.ExposureDuration, c.ExposureMinutes);
                writer.NumberArray(ProtocolLimits.ScheduledSample, c.SampleOffsetsMinutes);
                writer.Number(ProtocolLimits.StabilityBand, c.StabilityBandCelsius);
                writer.Number(ProtocolLimits.StabilityHold, c.StabilityHoldSeconds);
                writer.Boolean("rotate_while_sampling", c.RotateWhileSampling);
                break;
            case ConfirmLoadedCommand:
            case ClearFaultCommand:
                break;
            case AckSampleCommand c:
                writer.Integer("sample", c.SampleIndex);
                if (c.Tube is not null)
                {
                    writer.String("tube", c.Tube);
                }

                break;
            case AbortCommand c:
                writer.String("reason", ProtocolNames.ToWire(c.Reason));
                if (c.Note is not null)
                {
                    writer.String("note", c.Note);
                }

                break;
            case SetGainsCommand c:
                writer.Number(ProtocolLimits.ProportionalGain, c.ProportionalGain);
                writer.Number(ProtocolLimits.IntegralGain, c.IntegralGain);
                writer.Number(ProtocolLimits.DerivativeGain, c.DerivativeGain);
                writer.Number(ProtocolLimits.MaximumDuty, c.MaximumDutyCycle);
                break;
            case StartAutotuneCommand c:
                writer.Number(ProtocolLimits.AutotuneSetpoint, c.SetpointCelsius);
                break;
            case IdentifyCommand c:
                writer.Integer("seconds", c.DurationSeconds);
                break;
            case BackfillCommand c:
                writer.String("run", c.RunId);
                writer.Integer("from_seq", c.FromSequence);
                if (c.ToSequence is { } to)
                {
                    writer.Integer("to_seq", to);
                }

                break;
            default:
                throw new ArgumentException($"Unknown command type {command.GetType().Name}.", nameof(command));
        }
    }
}
