using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Reads a command after the common fields and the <c>id</c> (docs/protocol.md, "How a rig answers",
/// step 3): <c>cmd</c>, then a known field appearing twice, then the command's fields in table order.
/// </summary>
internal static class CommandReader
{
    private static readonly Dictionary<RigCommandKind, string[]> KindFields = new()
    {
        [RigCommandKind.StartPrewarm] =
            ["run", "set_c", "rpm", "exposure_min", "samples_min", "band_c", "hold_s", "rotate_while_sampling"],
        [RigCommandKind.ConfirmLoaded] = [],
        [RigCommandKind.AckSample] = ["sample", "tube"],
        [RigCommandKind.Abort] = ["reason", "note"],
        [RigCommandKind.ClearFault] = [],
        [RigCommandKind.SetGains] = ["kp", "ki", "kd", "max_duty"],
        [RigCommandKind.StartAutotune] = ["set_c"],
        [RigCommandKind.Identify] = ["seconds"],
        [RigCommandKind.Backfill] = ["run", "from_seq", "to_seq"],
    };

    /// <summary>Every field name version 1 defines for commands: any of them appearing twice is <c>malformed_json</c>.</summary>
    private static readonly string[] KnownFields =
        ["v", "type", "rig", "id", "cmd", .. KindFields.Values.SelectMany(fields => fields).Distinct()];

    public static RigCommand? Read(MessageReader reader, string rigId, string commandId)
    {
        var commandName = reader.String("cmd", nullable: false);
        if (reader.Failed)
        {
            return null;
        }

        if (!ProtocolNames.TryParse(commandName, out RigCommandKind kind))
        {
            reader.Fail(ProtocolReason.UnknownCommand, $"cmd {commandName} is not a known command");
            return null;
        }

        reader.RejectRepeated(KnownFields);
        RigCommand? command = kind switch
        {
            RigCommandKind.StartPrewarm => ReadStartPrewarm(reader, rigId, commandId),
            RigCommandKind.ConfirmLoaded => new ConfirmLoadedCommand(rigId, commandId),
            RigCommandKind.AckSample => new AckSampleCommand(
                rigId, commandId,
                (int)reader.Integer(ProtocolLimits.SampleIndex),
                reader.Has("tube") ? reader.Text("tube", 1, ProtocolLimits.MaximumTubeLength, nullable: false, allowControl: false) : null),
            RigCommandKind.Abort => new AbortCommand(
                rigId, commandId,
                reader.Name<RunAbortReason>("reason", TryParseCommandAbortReason, "operator, host or lid_opened"),
                reader.Has("note") ? reader.Text("note", 0, ProtocolLimits.MaximumNoteLength, nullable: false, allowControl: false) : null),
            RigCommandKind.ClearFault => new ClearFaultCommand(rigId, commandId),
            RigCommandKind.SetGains => new SetGainsCommand(
                rigId, commandId,
                reader.Number(ProtocolLimits.ProportionalGain),
                reader.Number(ProtocolLimits.IntegralGain),
                reader.Number(ProtocolLimits.DerivativeGain),
                reader.NumberOrDefault(ProtocolLimits.MaximumDuty, 1.0)),
            RigCommandKind.StartAutotune => new StartAutotuneCommand(
                rigId, commandId, reader.Number(ProtocolLimits.AutotuneSetpoint)),
            RigCommandKind.Identify => new IdentifyCommand(
                rigId, commandId, (int)reader.Integer(ProtocolLimits.IdentifyDuration)),
            RigCommandKind.Backfill => ReadBackfill(reader, rigId, commandId),
            _ => null,
        };

        return reader.Failed ? null : command;
    }

    private static StartPrewarmCommand ReadStartPrewarm(MessageReader reader, string rigId, string commandId)
    {
        var runId = reader.RunId("run", nullable: false);
        var setpoint = reader.Number(ProtocolLimits.PrewarmSetpoint);
        var speed = reader.Number(ProtocolLimits.PrewarmSpeed);
        var exposure = reader.Number(ProtocolLimits.ExposureDuration);
        var samples = reader.NumberArray(ProtocolLimits.ScheduledSample.Field);
        if (!reader.Failed)
        {
            reader.Check(ScheduleProblem(samples, exposure), ProtocolReason.BadSchedule);
        }

        var band = reader.NumberOrDefault(ProtocolLimits.StabilityBand, StartPrewarmCommand.DefaultStabilityBandCelsius);
        var hold = reader.NumberOrDefault(ProtocolLimits.StabilityHold, StartPrewarmCommand.DefaultStabilityHoldSeconds);
        var rotate = reader.BooleanOrDefault("rotate_while_sampling", true);
        return new StartPrewarmCommand(rigId, commandId, runId ?? string.Empty, setpoint, speed, exposure, samples, band, hold, rotate);
    }

    /// <summary>
    /// Null when <paramref name="samples"/> is a valid schedule for an exposure of
    /// <paramref name="exposureMinutes"/>: at most 16 offsets, each 0..exposure, strictly ascending.
    /// </summary>
    internal static string? ScheduleProblem(IReadOnlyList<double> samples, double exposureMinutes)
    {
        if (samples.Count > ProtocolLimits.MaximumSamples)
        {
            return $"samples_min has {samples.Count} values; at most {ProtocolLimits.MaximumSamples} are allowed";
        }

        var rule = ProtocolLimits.ScheduledSample with { Maximum = exposureMinutes };
        for (var i = 0; i < samples.Count; i++)
        {
            var problem = rule.Check(samples[i]);
            if (problem is not null)
            {
                return problem;
            }

            if (i > 0 && samples[i] <= samples[i - 1])
            {
                return "samples_min must be ascending and distinct";
            }
        }

        return null;
    }

    private static BackfillCommand ReadBackfill(MessageReader reader, string rigId, string commandId)
    {
        var runId = reader.RunId("run", nullable: false);
        var from = reader.Integer(ProtocolLimits.BackfillFrom);
        var to = reader.OptionalInteger(ProtocolLimits.BackfillTo);
        if (!reader.Failed && to < from)
        {
            reader.Fail(ProtocolReason.OutOfRange, $"to_seq {to} is below from_seq {from}");
        }

        return new BackfillCommand(rigId, commandId, runId ?? string.Empty, from, to);
    }

    private static bool TryParseCommandAbortReason(string? wire, out RunAbortReason reason) =>
        ProtocolNames.TryParse(wire, out reason) && reason != RunAbortReason.PowerLost;
}
