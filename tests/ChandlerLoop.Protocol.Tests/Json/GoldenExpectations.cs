using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>
/// The typed value of every golden example, written by hand from docs/protocol.md and the files (not from
/// a decoder run), so a decoder bug cannot make its own expectation.
/// </summary>
internal static class GoldenExpectations
{
    private const string Rig = "rig-01";
    private const string Run = "R-20261121-01";

    public static readonly IReadOnlyDictionary<string, RigMessage> ByFile = new Dictionary<string, RigMessage>
    {
        ["status-online.json"] = RigStatus.CreateOnline(
            Rig, RigState.Running, "0.1.0", Run, RigFault.None, 5400,
            new RigCalibration(-0.07, -0.19, new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 20))),
        ["status-offline.json"] = RigStatus.CreateOffline(Rig),
        ["telemetry.json"] = Telemetry(replay: false),
        ["telemetry-replay.json"] = Telemetry(replay: true),
        ["event-state-changed.json"] = new StateChangedEvent(Rig, Run, 40, 4495.5, RigState.Ready, RigState.Running, 0),
        ["event-sample-due.json"] = new SampleDueEvent(Rig, Run, 41, 5395.5, 1, 15),
        ["event-sample-taken.json"] = new SampleTakenEvent(Rig, Run, 43, 5412, 1, 15, 916.5, "T-07"),
        ["event-fault.json"] = new FaultLatchedEvent(Rig, Run, 57, 6020.3, RigFault.OverTemperature, 41.062, 41),
        ["event-fault-cleared.json"] = new FaultClearedEvent(Rig, Run, 60, 6400, RigFault.OverTemperature),
        ["event-command-accepted.json"] = new CommandResultEvent(
            Rig, Run, 12, 3100, "c-000101", "start_prewarm", true, ProtocolReason.Ok, string.Empty),
        ["event-command-rejected.json"] = new CommandResultEvent(
            Rig, Run, 42, 5401, "c-000123", "ack_sample", false, ProtocolReason.SampleNotDue, "sample 2 is not due yet"),
        ["event-message-rejected.json"] = new MessageRejectedEvent(
            Rig, Run, 13, 3105.2, ProtocolReason.MalformedJson, "not valid JSON at byte 31"),
        ["event-autotune-result.json"] = new AutotuneResultEvent(
            Rig, null, 7, 2950.5, true, AutotuneReason.Ok, 0.412, 184.5, 0.118, 0.00064, 0),
        ["command-start-prewarm.json"] = new StartPrewarmCommand(
            Rig, "c-000101", Run, 37, 30, 30, [0, 15, 30], 0.3, 300, true),
        ["command-confirm-loaded.json"] = new ConfirmLoadedCommand(Rig, "c-000102"),
        ["command-ack-sample.json"] = new AckSampleCommand(Rig, "c-000124", 1, "T-07"),
        ["command-abort.json"] = new AbortCommand(Rig, "c-000130", RunAbortReason.Host, "loop 3 leaked at the connector"),
        ["command-clear-fault.json"] = new ClearFaultCommand(Rig, "c-000140"),
        ["command-set-gains.json"] = new SetGainsCommand(Rig, "c-000150", 0.118, 0.00064, 2.5, 0.8),
        ["command-start-autotune.json"] = new StartAutotuneCommand(Rig, "c-000160", 37),
        ["command-identify.json"] = new IdentifyCommand(Rig, "c-000170", 10),
        ["command-backfill.json"] = new BackfillCommand(Rig, "c-000180", Run, 1700, 1833),
    };

    private static TelemetryRecord Telemetry(bool replay) => new(
        Rig, Run, 1834, 5400.5, RigState.Running, 37.012, 37.125, 37, 0.153, 30.02, 30, 905.5, RigFault.None, replay);
}
