using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>Reads the fields of an <c>event</c> after the common ones (docs/protocol.md, "events").</summary>
internal static class EventReader
{
    private static readonly string[] CommonFields = ["run", "eseq", "t_s", "event"];

    private static readonly Dictionary<RigEventKind, string[]> KindFields = new()
    {
        [RigEventKind.StateChanged] = ["from", "to", "exp_s"],
        [RigEventKind.SampleDue] = ["sample", "offset_min"],
        [RigEventKind.SampleTaken] = ["sample", "offset_min", "actual_exp_s", "tube"],
        [RigEventKind.Fault] = ["fault", "value", "limit"],
        [RigEventKind.FaultCleared] = ["fault"],
        [RigEventKind.CommandResult] = ["cmd_id", "cmd", "accepted", "reason", "detail"],
        [RigEventKind.MessageRejected] = ["reason", "detail"],
        [RigEventKind.AutotuneResult] = ["completed", "reason", "amplitude_c", "period_s", "kp", "ki", "kd"],
    };

    /// <summary>Every field name version 1 defines for events: any of them appearing twice is <c>malformed_json</c>.</summary>
    private static readonly string[] KnownFields =
        ["v", "type", "rig", .. CommonFields, .. KindFields.Values.SelectMany(fields => fields).Distinct()];

    public static RigEvent? Read(MessageReader reader, string rigId)
    {
        var kind = reader.Name<RigEventKind>("event", ProtocolNames.TryParse, "an event kind of version 1");
        if (reader.Failed)
        {
            return null;
        }

        reader.RejectRepeated(KnownFields);
        var runId = reader.RunId("run", nullable: true);
        var sequence = reader.Integer(ProtocolLimits.EventSequence);
        var time = reader.Number(ProtocolLimits.TimeSinceBoot);
        if (reader.Failed)
        {
            return null;
        }

        RigEvent? rigEvent = kind switch
        {
            RigEventKind.StateChanged => new StateChangedEvent(
                rigId, runId, sequence, time,
                reader.Name<RigState>("from", ProtocolNames.TryParse, "a run state name"),
                reader.Name<RigState>("to", ProtocolNames.TryParse, "a run state name"),
                reader.Number(ProtocolLimits.Exposure)),
            RigEventKind.SampleDue => new SampleDueEvent(
                rigId, runId, sequence, time,
                (int)reader.Integer(ProtocolLimits.SampleIndex),
                reader.Number(ProtocolLimits.SampleOffset)),
            RigEventKind.SampleTaken => new SampleTakenEvent(
                rigId, runId, sequence, time,
                (int)reader.Integer(ProtocolLimits.SampleIndex),
                reader.Number(ProtocolLimits.SampleOffset),
                reader.Number(ProtocolLimits.ActualExposure),
                reader.Text("tube", 1, ProtocolLimits.MaximumTubeLength, nullable: true, allowControl: false)),
            RigEventKind.Fault => new FaultLatchedEvent(
                rigId, runId, sequence, time,
                reader.Name<RigFault>("fault", ProtocolNames.TryParse, "a fault name"),
                reader.NullableNumber(ProtocolLimits.FaultValue),
                reader.NullableNumber(ProtocolLimits.FaultLimit)),
            RigEventKind.FaultCleared => new FaultClearedEvent(
                rigId, runId, sequence, time,
                reader.Name<RigFault>("fault", ProtocolNames.TryParse, "a fault name")),
            RigEventKind.CommandResult => ReadCommandResult(reader, rigId, runId, sequence, time),
            RigEventKind.MessageRejected => ReadMessageRejected(reader, rigId, runId, sequence, time),
            RigEventKind.AutotuneResult => ReadAutotuneResult(reader, rigId, runId, sequence, time),
            _ => null,
        };

        return reader.Failed ? null : rigEvent;
    }

    private static CommandResultEvent ReadCommandResult(
        MessageReader reader, string rigId, string? runId, long sequence, double time)
    {
        var commandId = reader.String("cmd_id", nullable: false);
        if (!reader.Failed && !ProtocolText.IsValidCommandId(commandId))
        {
            reader.Fail(ProtocolReason.OutOfRange, "cmd_id must be 1-40 characters of A-Za-z0-9-_");
        }

        var command = reader.Text("cmd", 0, ProtocolLimits.MaximumEchoedCommandLength, nullable: true, allowControl: true);
        var accepted = reader.Boolean("accepted");
        var reason = reader.Name<ProtocolReason>("reason", TryParseRigReason, "a reason code");
        var detail = reader.Text("detail", 0, ProtocolLimits.MaximumDetailLength, nullable: false, allowControl: true);
        if (!reader.Failed && accepted != (reason == ProtocolReason.Ok))
        {
            reader.Fail(ProtocolReason.OutOfRange, "reason must be ok exactly when accepted is true");
        }

        return new CommandResultEvent(rigId, runId, sequence, time, commandId ?? string.Empty, command, accepted, reason, detail ?? string.Empty);
    }

    private static MessageRejectedEvent ReadMessageRejected(
        MessageReader reader, string rigId, string? runId, long sequence, double time)
    {
        var reason = reader.Name<ProtocolReason>("reason", TryParseRigReason, "a reason code");
        var detail = reader.Text("detail", 0, ProtocolLimits.MaximumDetailLength, nullable: false, allowControl: true);
        if (!reader.Failed && reason == ProtocolReason.Ok)
        {
            reader.Fail(ProtocolReason.OutOfRange, "reason of a rejection cannot be ok");
        }

        return new MessageRejectedEvent(rigId, runId, sequence, time, reason, detail ?? string.Empty);
    }

    private static AutotuneResultEvent ReadAutotuneResult(
        MessageReader reader, string rigId, string? runId, long sequence, double time)
    {
        var completed = reader.Boolean("completed");
        var reason = reader.Name<AutotuneReason>("reason", ProtocolNames.TryParse, "an autotune reason");
        var amplitude = reader.NullableNumber(ProtocolLimits.AutotuneAmplitude);
        var period = reader.NullableNumber(ProtocolLimits.AutotunePeriod);
        var kp = reader.NullableNumber(ProtocolLimits.ProposedProportionalGain);
        var ki = reader.NullableNumber(ProtocolLimits.ProposedIntegralGain);
        var kd = reader.NullableNumber(ProtocolLimits.ProposedDerivativeGain);
        var result = new AutotuneResultEvent(rigId, runId, sequence, time, completed, reason, amplitude, period, kp, ki, kd);
        if (!reader.Failed)
        {
            reader.Check(AutotuneConsistency(result));
        }

        return result;
    }

    /// <summary>Null when completed, reason and results agree; otherwise why not.</summary>
    internal static string? AutotuneConsistency(AutotuneResultEvent result)
    {
        if (result.Completed != (result.Reason == AutotuneReason.Ok))
        {
            return "reason must be ok exactly when completed is true";
        }

        var present = new[] { result.AmplitudeCelsius, result.PeriodSeconds, result.ProportionalGain, result.IntegralGain, result.DerivativeGain }
            .Count(value => value is not null);
        if (result.Completed && present != 5)
        {
            return "a completed autotune gives amplitude_c, period_s, kp, ki and kd";
        }

        return !result.Completed && present != 0
            ? "amplitude_c, period_s, kp, ki and kd must be null when the autotune did not complete"
            : null;
    }

    /// <summary>Reason codes a rig may send: every code except the host-only <c>unknown_topic</c>.</summary>
    private static bool TryParseRigReason(string? wire, out ProtocolReason reason) =>
        ProtocolNames.TryParse(wire, out reason) && reason != ProtocolReason.UnknownTopic;
}
