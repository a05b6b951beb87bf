using System.Text;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>
/// FsCheck generators of valid messages. Numbers are drawn on the wire's grid (k / 10^decimals inside the
/// documented range), so a message survives encode → decode unchanged and any difference is a bug.
/// </summary>
internal static class MessageGenerators
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

    public static Gen<string> RigId =>
        from length in Gen.Choose(1, 32)
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray()), length - 1)
        select first + new string(rest);

    public static Gen<string> Identifier =>
        from length in Gen.Choose(1, 40)
        from chars in Gen.ArrayOf(Gen.Elements(IdAlphabet.ToCharArray()), length)
        select new string(chars);

    public static Gen<string?> NullableIdentifier => Gen.OneOf(Identifier.Select(id => (string?)id), Gen.Constant<string?>(null));

    /// <summary>Free text of <paramref name="minimum"/>..<paramref name="maximum"/> code points: ASCII, quotes, backslashes, slashes, accents, CJK and emoji; no control characters.</summary>
    public static Gen<string> Text(int minimum, int maximum) =>
        from length in Gen.Choose(minimum, maximum)
        from runes in Gen.ArrayOf(
            Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E)),
                (1, Gen.Elements(0x22, 0x5C, 0x2F)),
                (1, Gen.Choose(0xA0, 0x24F)),
                (1, Gen.Choose(0x4E00, 0x4FFF)),
                (1, Gen.Choose(0x1F600, 0x1F64F))),
            length)
        select string.Concat(runes.Select(value => new Rune(value).ToString()));

    public static Gen<double> Grid(double minimum, double maximum, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        return Gen.Choose((int)Math.Round(minimum * scale), (int)Math.Round(maximum * scale)).Select(k => k / scale);
    }

    public static Gen<double> LongGrid(double minimum, double maximum, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        return from high in Gen.Choose(0, 1 << 20)
               from low in Gen.Choose(0, 1 << 20)
               let span = (long)Math.Round((maximum - minimum) * scale)
               let k = (((long)high << 20) | (uint)low) % (span + 1)
               select (Math.Round(minimum * scale) + k) / scale;
    }

    public static Gen<double?> OrNull(Gen<double> gen) =>
        Gen.Frequency((4, gen.Select(value => (double?)value)), (1, Gen.Constant<double?>(null)));

    public static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    public static Gen<RigCommand> Command =>
        from rig in RigId
        from id in Identifier
        from command in Gen.OneOf(
            StartPrewarm(rig, id),
            Gen.Constant<RigCommand>(new ConfirmLoadedCommand(rig, id)),
            from sample in Gen.Choose(0, 15)
            from tube in Gen.OneOf(Text(1, 40).Select(t => (string?)t), Gen.Constant<string?>(null))
            select (RigCommand)new AckSampleCommand(rig, id, sample, tube),
            from reason in Gen.Elements(RunAbortReason.Operator, RunAbortReason.Host, RunAbortReason.LidOpened)
            from note in Gen.OneOf(Text(0, 200).Select(t => (string?)t), Gen.Constant<string?>(null))
            select (RigCommand)new AbortCommand(rig, id, reason, note),
            Gen.Constant<RigCommand>(new ClearFaultCommand(rig, id)),
            from kp in Grid(0, 10, 6)
            from ki in Grid(0, 1, 6)
            from kd in LongGrid(0, 1000, 6)
            from maxDuty in Grid(0.05, 1, 3)
            select (RigCommand)new SetGainsCommand(rig, id, kp, ki, kd, maxDuty),
            Grid(20, 39, 3).Select(set => (RigCommand)new StartAutotuneCommand(rig, id, set)),
            Gen.Choose(1, 60).Select(seconds => (RigCommand)new IdentifyCommand(rig, id, seconds)),
            from run in Identifier
            from from_ in Gen.Choose(1, int.MaxValue - 1)
            from length in Gen.Choose(0, 100_000)
            from hasTo in Gen.Elements(true, false)
            select (RigCommand)new BackfillCommand(rig, id, run, from_, hasTo ? Math.Min((long)from_ + length, int.MaxValue) : null))
        select command;

    public static Gen<TelemetryRecord> Telemetry =>
        from rig in RigId
        from run in NullableIdentifier
        from seq in Gen.Choose(1, int.MaxValue)
        from time in LongGrid(0, 1e9, 1)
        from state in Enum<RigState>()
        from control in OrNull(Grid(-200, 850, 3))
        from safety in OrNull(Grid(-55, 125, 3))
        from set in Grid(0, 42, 3)
        from duty in Grid(0, 1, 3)
        from rpm in Grid(-70, 70, 2)
        from rpmSet in Grid(0, 60, 2)
        from exposure in LongGrid(0, 1e6, 1)
        from fault in Enum<RigFault>()
        from replay in Gen.Elements(true, false)
        select new TelemetryRecord(rig, run, seq, time, state, control, safety, set, duty, rpm, rpmSet, exposure, fault, replay);

    public static Gen<RigStatus> Status =>
        from rig in RigId
        from online in Gen.Elements(true, false)
        from state in Enum<RigState>()
        from firmware in Text(1, 32)
        from run in NullableIdentifier
        from fault in Enum<RigFault>()
        from uptime in Gen.Choose(0, int.MaxValue)
        from calibration in Gen.OneOf(Calibration.Select(c => (RigCalibration?)c), Gen.Constant<RigCalibration?>(null))
        select online ? RigStatus.CreateOnline(rig, state, firmware, run, fault, uptime, calibration) : RigStatus.CreateOffline(rig);

    /// <summary>Calibration dates the rig's settings accept: calendar dates of the years 2000–2999.</summary>
    public static Gen<DateOnly?> CalibrationDate =>
        Gen.OneOf(
            Gen.Choose(0, new DateOnly(2999, 12, 31).DayNumber - new DateOnly(2000, 1, 1).DayNumber)
                .Select(days => (DateOnly?)new DateOnly(2000, 1, 1).AddDays(days)),
            Gen.Constant<DateOnly?>(null));

    public static Gen<RigCalibration> Calibration =>
        from control in Grid(-2, 2, 3)
        from safety in Grid(-2, 2, 3)
        from calibratedOn in CalibrationDate
        from dueOn in CalibrationDate
        select new RigCalibration(control, safety, calibratedOn, dueOn);

    public static Gen<RigEvent> Event =>
        from rig in RigId
        from run in NullableIdentifier
        from eseq in Gen.Choose(1, int.MaxValue)
        from time in LongGrid(0, 1e9, 1)
        from rigEvent in Gen.OneOf(
            from states in Gen.Two(Enum<RigState>())
            from exposure in LongGrid(0, 1e6, 1)
            select (RigEvent)new StateChangedEvent(rig, run, eseq, time, states.Item1, states.Item2, exposure),
            from sample in Gen.Choose(0, 15)
            from offset in Grid(0, 240, 3)
            select (RigEvent)new SampleDueEvent(rig, run, eseq, time, sample, offset),
            from sample in Gen.Choose(0, 15)
            from offset in Grid(0, 240, 3)
            from actual in LongGrid(0, 1e6, 1)
            from tube in Gen.OneOf(Text(1, 40).Select(t => (string?)t), Gen.Constant<string?>(null))
            select (RigEvent)new SampleTakenEvent(rig, run, eseq, time, sample, offset, actual, tube),
            from fault in Enum<RigFault>()
            from value in OrNull(Grid(-300, 1000, 3))
            from limit in OrNull(Grid(-300, 1000, 3))
            select (RigEvent)new FaultLatchedEvent(rig, run, eseq, time, fault, value, limit),
            Enum<RigFault>().Select(fault => (RigEvent)new FaultClearedEvent(rig, run, eseq, time, fault)),
            from id in Identifier
            from command in Gen.OneOf(Text(0, 32).Select(t => (string?)t), Gen.Constant<string?>(null))
            from reason in Enum<ProtocolReason>().Where(r => r != ProtocolReason.UnknownTopic)
            from detail in Text(0, 200)
            select (RigEvent)new CommandResultEvent(rig, run, eseq, time, id, command, reason == ProtocolReason.Ok, reason, detail),
            from reason in Gen.Elements(ProtocolReason.TooLarge, ProtocolReason.MalformedJson, ProtocolReason.NotAnObject, ProtocolReason.MissingId)
            from detail in Text(0, 200)
            select (RigEvent)new MessageRejectedEvent(rig, run, eseq, time, reason, detail),
            from reason in Enum<AutotuneReason>()
            from amplitude in Grid(0, 5, 3)
            from period in Grid(0, 3600, 1)
            from kp in Grid(0, 10, 6)
            from ki in Grid(0, 1, 6)
            from kd in LongGrid(0, 1000, 6)
            select (RigEvent)(reason == AutotuneReason.Ok
                ? new AutotuneResultEvent(rig, run, eseq, time, true, reason, amplitude, period, kp, ki, kd)
                : new AutotuneResultEvent(rig, run, eseq, time, false, reason, null, null, null, null, null)))
        select rigEvent;

    public static Gen<RigMessage> Message => Gen.OneOf(
        Command.Select(m => (RigMessage)m),
        Telemetry.Select(m => (RigMessage)m),
        Status.Select(m => (RigMessage)m),
        Event.Select(m => (RigMessage)m));

    private static Gen<RigCommand> StartPrewarm(string rig, string id) =>
        from run in Identifier
        from set in Grid(20, 42, 3)
        from rpm in Grid(1, 60, 2)
        from exposure in Grid(1, 240, 3)
        from count in Gen.Choose(0, 16)
        from offsets in Gen.ArrayOf(Grid(0, exposure, 3), count)
        from band in Grid(0.05, 1, 3)
        from hold in Grid(0, 3600, 1)
        from rotate in Gen.Elements(true, false)
        select (RigCommand)new StartPrewarmCommand(
            rig, id, run, set, rpm, exposure, offsets.Distinct().Order().ToArray(), band, hold, rotate);
}
