using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>Writes the fields of an <c>event</c> after the common ones, in the order of docs/protocol.md.</summary>
internal static class EventWriter
{
    public static void Write(CanonicalJsonWriter writer, RigEvent rigEvent)
    {
        writer.String("run", rigEvent.RunId);
        writer.Integer("eseq", rigEvent.EventSequence);
        writer.Number(ProtocolLimits.TimeSinceBoot, rigEvent.TimeSinceBootSeconds);
        writer.String("event", ProtocolNames.ToWire(rigEvent.Kind));
        switch (rigEvent)
        {
            case StateChangedEvent e:
                writer.String("from", ProtocolNames.ToWire(e.From));
                writer.String("to", ProtocolNames.ToWire(e.To));
                writer.Number(ProtocolLimits.Exposure, e.ExposureSeconds);
                break;
            case SampleDueEvent e:
                writer.Integer("sample", e.SampleIndex);
                writer.Number(ProtocolLimits.SampleOffset, e.OffsetMinutes);
                break;
            case SampleTakenEvent e:
                writer.Integer("sample", e.SampleIndex);
                writer.Number(ProtocolLimits.SampleOffset, e.OffsetMinutes);
                writer.Number(ProtocolLimits.ActualExposure, e.ActualExposureSeconds);
                writer.String("tube", e.Tube);
                break;
            case FaultLatchedEvent e:
                writer.String("fault", ProtocolNames.ToWire(e.Fault));
                writer.Number(ProtocolLimits.FaultValue, e.Value);
                writer.Number(ProtocolLimits.FaultLimit, e.Limit);
                break;
            case FaultClearedEvent e:
                writer.String("fault", ProtocolNames.ToWire(e.Fault));
                break;
            case CommandResultEvent e:
                writer.String("cmd_id", e.CommandId);
                writer.String("cmd", e.Command);
                writer.Boolean("accepted", e.Accepted);
                writer.String("reason", ProtocolNames.ToWire(e.Reason));
                writer.String("detail", e.Detail);
                break;
            case MessageRejectedEvent e:
                writer.String("reason", ProtocolNames.ToWire(e.Reason));
                writer.String("detail", e.Detail);
                break;
            case AutotuneResultEvent e:
                writer.Boolean("completed", e.Completed);
                writer.String("reason", ProtocolNames.ToWire(e.Reason));
                writer.Number(ProtocolLimits.AutotuneAmplitude, e.AmplitudeCelsius);
                writer.Number(ProtocolLimits.AutotunePeriod, e.PeriodSeconds);
                writer.Number(ProtocolLimits.ProposedProportionalGain, e.ProportionalGain);
                writer.Number(ProtocolLimits.ProposedIntegralGain, e.IntegralGain);
                writer.Number(ProtocolLimits.ProposedDerivativeGain, e.DerivativeGain);
                break;
            default:
                throw new ArgumentException($"Unknown event type {rigEvent.GetType().Name}.", nameof(rigEvent));
        }
    }
}
