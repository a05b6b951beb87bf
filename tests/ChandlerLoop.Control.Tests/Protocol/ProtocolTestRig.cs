using System.Text;
using System.Text.Json;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Control.Tests.Rig;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>A rig "rig-01" (control core driving the plant model) with its command processor,
/// message counters and a hand-written telemetry history; helpers to send payloads and read the
/// answer.</summary>
internal sealed class ProtocolTestRig
{
    public ProtocolTestRig(double initialCelsius = 37.0)
    {
        Scenario = new RigScenario(initialCelsius);
        Scenario.Tick();
        Processor = new RigCommandProcessor("rig-01", Scenario.Rig, Counters, History);
    }

    public RigScenario Scenario { get; }
    public RigMessageCounters Counters { get; } = new();
    public FakeTelemetryHistory History { get; } = new();
    public RigCommandProcessor Processor { get; }

    public CommandOutcome Send(string json, double? now = null) => Send(Encoding.UTF8.GetBytes(json), now);

    public CommandOutcome Send(byte[] payload, double? now = null) =>
        Processor.Process(payload, payload.Length, now ?? Scenario.Now);

    /// <summary>The event written for the latest payload, as text.</summary>
    public string OutputText => Encoding.UTF8.GetString(Processor.Output.Buffer, 0, Processor.Output.Length);

    public JsonElement Output() => JsonDocument.Parse(OutputText).RootElement.Clone();

    public static string Command(string id, string cmd, string fields = "") =>
        "{\"v\":1,\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"" + id + "\",\"cmd\":\"" + cmd + "\"" +
        (fields.Length > 0 ? "," + fields : "") + "}";

    /// <summary>Starts a run through the protocol (hold 0 s so it is Ready at the first stable
    /// tick) and runs it until the drum turns; sample 0 (at t0) is then due.</summary>
    public void StartRunning(string samples = "[0,15,30]", string exposure = "30")
    {
        Assert.Equal(CommandOutcome.Accepted, Send(Command("c-start", "start_prewarm",
            "\"run\":\"R-20261121-01\",\"set_c\":37,\"rpm\":30,\"exposure_min\":" + exposure + ",\"samples_min\":" + samples + ",\"hold_s\":0")));
        Assert.True(Scenario.RunUntil(() => Scenario.Outputs.State == RunState.Ready, 600.0), "never Ready");
        Assert.Equal(CommandOutcome.Accepted, Send(Command("c-load", "confirm_loaded")));
        Scenario.RunWithoutFault(20.0);
    }

    /// <summary>Everything a command could change on the rig.</summary>
    public RigSnapshot Snapshot()
    {
        var rig = Scenario.Rig;
        var seq = rig.Sequencer;
        var plan = new RunPlan();
        seq.CopyPlanTo(plan);
        var samples = new StringBuilder();
        for (int i = 0; i < plan.SampleCount; i++)
        {
            samples.Append(plan.GetSampleOffsetMinutes(i)).Append(',').Append(seq.GetSampleAcknowledgedAtSeconds(i)).Append(';');
        }

        var pid = rig.TemperatureController as PidController;
        string gains = pid == null ? "none" : $"{pid.Gains.ProportionalDutyPerCelsius},{pid.Gains.IntegralDutyPerCelsiusSecond},{pid.Gains.DerivativeDutySecondsPerCelsius},{pid.Gains.MaxDutyCycle},{pid.Gains.HoldingDutyCycle}";
        return new RigSnapshot(seq.State, seq.StateChangeCount, seq.AbortReason, seq.T0Seconds,
            $"{plan.TargetTemperatureCelsius},{plan.SpeedRpm},{plan.ExposureSeconds},{plan.StabilityBandCelsius},{plan.StabilityHoldSeconds},{plan.ContinueRotationWhileSampleDue}",
            samples.ToString(), rig.Supervisor.Fault.Code, rig.TemperatureController, gains, Counters.Run.ToString(),
            Counters.LastTelemetrySequence);
    }
}

/// <summary>The rig's observable state relevant to commands.</summary>
internal sealed record RigSnapshot(RunState State, int StateChanges, AbortReason Abort, double T0Seconds, string Plan,
    string Samples, ChandlerLoop.Control.Safety.FaultCode Fault, ITemperatureController Controller, string Gains, string Run, int TelemetrySequence);

/// <summary>Hand-written telemetry history: what the firmware's store holds.</summary>
internal sealed class FakeTelemetryHistory : ITelemetryHistory
{
    public int OldestHeldSequence { get; set; }
    public int NewestSequence { get; set; }
}
