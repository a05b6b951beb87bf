using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Control.Tests.Rig;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The command processor applies commands to the rig controller, answers each id exactly
/// once, refuses without changing anything, and hands the firmware what the core does not do.</summary>
public class RigCommandProcessorTests
{
    private static string Cmd(string id, string cmd, string fields = "") => ProtocolTestRig.Command(id, cmd, fields);

    [Fact]
    public void Golden_start_prewarm_is_applied_and_answered_with_the_golden_accepted_event()
    {
        var rig = new ProtocolTestRig();
        for (int i = 0; i < 11; i++)
        {
            rig.Counters.NextEventSequence();
        }

        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-start-prewarm.json"), 3100.0));
        Assert.Equal(GoldenFiles.Text("event-command-accepted.json"), rig.OutputText);
        var seq = rig.Scenario.Rig.Sequencer;
        Assert.Equal(RunState.PreWarming, seq.State);
        Assert.Equal(37.0, seq.TargetTemperatureCelsius);
        Assert.Equal(1800.0, seq.ExposureSeconds);
        Assert.Equal(300.0, seq.StabilityHoldSeconds);
        Assert.Equal(3, seq.SampleCount);
        Assert.Equal(15.0, seq.GetSampleOffsetMinutes(1));
        Assert.Equal("R-20261121-01", rig.Counters.Run.ToString());
    }

    [Fact]
    public void Acknowledging_a_sample_that_is_not_due_gives_the_golden_rejected_event()
    {
        var rig = new ProtocolTestRig();
        rig.StartRunning(samples: "[0,100,200]", exposure: "240");
        Assert.Equal(RunState.SampleDue, rig.Scenario.Rig.Sequencer.State);
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-ack0", "ack_sample", "\"sample\":0")));
        Assert.True(rig.Scenario.RunUntil(() => rig.Scenario.Now >= 5401.0, 6000.0));
        while (rig.Counters.LastEventSequence < 41)
        {
            rig.Counters.NextEventSequence();
        }

        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-000123", "ack_sample", "\"sample\":2"), 5401.0));
        Assert.Equal(GoldenFiles.Text("event-command-rejected.json"), rig.OutputText);
        Assert.Equal(before, rig.Snapshot());
    }

    [Fact]
    public void A_repeated_command_id_is_ignored_without_a_second_answer()
    {
        var rig = new ProtocolTestRig();
        string start = Cmd("c-1", "start_prewarm", "\"run\":\"R1\",\"set_c\":37,\"rpm\":30,\"exposure_min\":30,\"samples_min\":[0]");
        Assert.Equal(CommandOutcome.Accepted, rig.Send(start));
        int answers = rig.Counters.LastEventSequence;
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-2", "abort", "\"reason\":\"host\"")));
        var before = rig.Snapshot();

        Assert.Equal(CommandOutcome.Ignored, rig.Send(start));
        Assert.Equal(0, rig.Processor.Output.Length);
        Assert.Equal(answers + 1, rig.Counters.LastEventSequence);
        Assert.Equal(before, rig.Snapshot());
        Assert.Equal(RunState.Aborted, rig.Scenario.Rig.Sequencer.State);
    }

    [Fact]
    public void A_refused_command_is_also_answered_only_once()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-1", "confirm_loaded")));
        Assert.Equal(CommandOutcome.Ignored, rig.Send(Cmd("c-1", "confirm_loaded")));
    }

    [Fact]
    public void Only_the_last_32_ids_are_remembered()
    {
        var rig = new ProtocolTestRig();
        for (int i = 0; i <= RigCommandProcessor.RememberedIds; i++)
        {
            Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-" + i, "identify", "\"seconds\":1")));
        }

        Assert.Equal(CommandOutcome.Ignored, rig.Send(Cmd("c-1", "identify", "\"seconds\":1")));
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-0", "identify", "\"seconds\":1")));
    }

    [Fact]
    public void Unreadable_payloads_are_not_remembered_and_each_gets_a_message_rejected_event()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Rejected, rig.Send("{\"cmd\":\"abort\"}"));
        int first = rig.Output().GetProperty("eseq").GetInt32();
        Assert.Equal(CommandOutcome.Rejected, rig.Send("{\"cmd\":\"abort\"}"));
        Assert.Equal(first + 1, rig.Output().GetProperty("eseq").GetInt32());
        Assert.Equal("missing_id", rig.Output().GetProperty("reason").GetString());
    }

    [Fact]
    public void A_set_point_above_the_rigs_safety_limit_is_refused_without_change()
    {
        var rig = new ProtocolTestRig();
        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-1", "start_prewarm",
            "\"run\":\"R1\",\"set_c\":38.5,\"rpm\":30,\"exposure_min\":30,\"samples_min\":[0]")));
        Assert.Equal("setpoint_above_safety_limit", rig.Output().GetProperty("reason").GetString());
        Assert.Equal("set_c 38.5 is above this rig's limit of 38 °C (over-temperature limit minus margin)",
            rig.Output().GetProperty("detail").GetString());
        Assert.Equal(before, rig.Snapshot());
        Assert.Equal("", rig.Counters.Run.ToString());
    }

    [Fact]
    public void Confirming_before_the_temperature_is_stable_is_refused()
    {
        var rig = new ProtocolTestRig(initialCelsius: 25.0);
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-1", "start_prewarm",
            "\"run\":\"R1\",\"set_c\":37,\"rpm\":30,\"exposure_min\":30,\"samples_min\":[0]")));
        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-2", "confirm_loaded")));
        Assert.Equal("temperature_not_stable", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(before, rig.Snapshot());
    }

    [Fact]
    public void Samples_are_acknowledged_through_the_protocol_with_their_tube()
    {
        var rig = new ProtocolTestRig();
        rig.StartRunning();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-a1", "ack_sample", "\"sample\":1")));
        Assert.Equal("sample_not_due", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-a0", "ack_sample", "\"sample\":0,\"tube\":\"T-01\"")));
        Assert.Equal("T-01", rig.Processor.Command.Tube.ToString());
        Assert.Equal(1, rig.Scenario.Rig.Sequencer.AcknowledgedSampleCount);
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-a0b", "ack_sample", "\"sample\":0")));
        Assert.Equal("sample_already_acknowledged", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-a9", "ack_sample", "\"sample\":9")));
        Assert.Equal("out_of_range", rig.Output().GetProperty("reason").GetString());
        Assert.Equal("sample 9 is not in this run's schedule of 3 samples", rig.Output().GetProperty("detail").GetString());
    }

    [Fact]
    public void Abort_stops_the_run_with_the_reason_and_asks_to_log_the_note()
    {
        var rig = new ProtocolTestRig();
        rig.StartRunning();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-abort.json")));
        Assert.Equal(RunState.Aborted, rig.Scenario.Rig.Sequencer.State);
        Assert.Equal(AbortReason.Host, rig.Scenario.Rig.Sequencer.AbortReason);
        Assert.Equal(RigRequest.LogAbortNote, rig.Processor.Request);
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-again", "abort", "\"reason\":\"operator\"")));
        Assert.Equal("wrong_state", rig.Output().GetProperty("reason").GetString());
        Assert.Equal("abort is not allowed in state aborted", rig.Output().GetProperty("detail").GetString());
    }

    [Fact]
    public void Set_gains_changes_the_pid_gains_keeping_filter_and_clamping_the_holding_duty()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-g", "set_gains", "\"kp\":1.5,\"ki\":0.004,\"kd\":3,\"max_duty\":0.1")));
        var gains = ((PidController)rig.Scenario.Rig.TemperatureController).Gains;
        Assert.Equal(1.5, gains.ProportionalDutyPerCelsius);
        Assert.Equal(0.004, gains.IntegralDutyPerCelsiusSecond);
        Assert.Equal(3.0, gains.DerivativeDutySecondsPerCelsius);
        Assert.Equal(0.1, gains.MaxDutyCycle);
        Assert.Equal(0.1, gains.HoldingDutyCycle); // the scenario's 0.15 feed-forward, clamped to the new maximum
        Assert.Equal(RigScenario.Gains.IntegralBandCelsius, gains.IntegralBandCelsius);
    }

    [Fact]
    public void Set_gains_is_refused_while_a_run_is_running()
    {
        var rig = new ProtocolTestRig();
        rig.StartRunning();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-a0", "ack_sample", "\"sample\":0")));
        rig.Scenario.Tick();
        Assert.Equal(RunState.Running, rig.Scenario.Rig.Sequencer.State);
        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(GoldenFiles.Bytes("command-set-gains.json")));
        Assert.Equal("wrong_state", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(before, rig.Snapshot());
    }

    [Fact]
    public void With_an_autotuner_given_start_autotune_installs_it_and_answers_the_rigs_decision()
    {
        var rig = new ProtocolTestRig();
        var tuner = new ChandlerLoop.Control.Temperature.RelayAutotuner(new ChandlerLoop.Control.Temperature.RelayAutotuneSettings());
        rig.Processor.Autotuner = tuner;
        rig.Scenario.Tick();

        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-start-autotune.json")));

        Assert.Equal("ok", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(RigRequest.None, rig.Processor.Request);
        Assert.True(rig.Scenario.Rig.IsAutotuning);
        Assert.Same(tuner, rig.Scenario.Rig.TemperatureController);

        // The rig refuses a second autotune while the first runs; the answer says so.
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-t9", "start_autotune", "\"set_c\":36")));
        Assert.Equal("busy", rig.Output().GetProperty("reason").GetString());
    }

    [Fact]
    public void Start_autotune_is_handed_to_the_firmware_only_when_idle_and_not_already_tuning()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-start-autotune.json")));
        Assert.Equal(RigRequest.StartAutotune, rig.Processor.Request);
        Assert.Equal(37.0, rig.Processor.Command.SetCelsius);

        rig.Processor.AutotuneActive = true;
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-t2", "start_autotune", "\"set_c\":36")));
        Assert.Equal("busy", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(RigRequest.None, rig.Processor.Request);
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-p", "start_prewarm",
            "\"run\":\"R1\",\"set_c\":37,\"rpm\":30,\"exposure_min\":30,\"samples_min\":[0]")));
        Assert.Equal("busy", rig.Output().GetProperty("reason").GetString());
        rig.Processor.AutotuneActive = false;

        rig.StartRunning();
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-t3", "start_autotune", "\"set_c\":36")));
        Assert.Equal("wrong_state", rig.Output().GetProperty("reason").GetString());
    }

    [Fact]
    public void Identify_is_accepted_in_any_state_and_handed_to_the_firmware()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-identify.json")));
        Assert.Equal(RigRequest.Identify, rig.Processor.Request);
        Assert.Equal(10, rig.Processor.Command.IdentifySeconds);
    }

    [Fact]
    public void Backfill_of_an_unknown_run_is_refused()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Refused, rig.Send(GoldenFiles.Bytes("command-backfill.json")));
        Assert.Equal("unknown_run", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(RigRequest.None, rig.Processor.Request);
    }

    [Fact]
    public void Backfill_reports_records_no_longer_held_and_replays_the_rest()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-start-prewarm.json")));
        rig.History.OldestHeldSequence = 100;
        rig.History.NewestSequence = 2000;
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-b1", "backfill", "\"run\":\"R-20261121-01\",\"from_seq\":1")));
        Assert.Equal("records 1..99 no longer held", rig.Output().GetProperty("detail").GetString());
        Assert.Equal(RigRequest.Backfill, rig.Processor.Request);
        Assert.Equal(100, rig.Processor.BackfillFromSequence);
        Assert.Equal(2000, rig.Processor.BackfillToSequence);

        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-backfill.json")));
        Assert.Equal("", rig.Output().GetProperty("detail").GetString());
        Assert.Equal(1700, rig.Processor.BackfillFromSequence);
        Assert.Equal(1833, rig.Processor.BackfillToSequence);
    }

    [Fact]
    public void Clear_fault_is_refused_when_nothing_is_latched_and_start_is_refused_while_a_fault_is_latched()
    {
        var rig = new ProtocolTestRig();
        Assert.Equal(CommandOutcome.Refused, rig.Send(GoldenFiles.Bytes("command-clear-fault.json")));
        Assert.Equal("not_faulted", rig.Output().GetProperty("reason").GetString());

        rig.Scenario.FeedSafety = false;
        Assert.NotEqual(FaultCode.None, rig.Scenario.RunUntilFault(60.0));
        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(GoldenFiles.Bytes("command-start-prewarm.json")));
        Assert.Equal("fault_latched", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(CommandOutcome.Refused, rig.Send(Cmd("c-cf", "clear_fault")));
        Assert.Equal("condition_persists", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(before, rig.Snapshot());

        rig.Scenario.FeedSafety = true;
        rig.Scenario.Tick();
        Assert.Equal(CommandOutcome.Accepted, rig.Send(Cmd("c-cf2", "clear_fault")));
        Assert.Equal(FaultCode.None, rig.Scenario.Rig.Supervisor.Fault.Code);
    }

    [Fact]
    public void The_processor_refuses_an_invalid_rig_id_at_construction()
    {
        var scenario = new RigScenario();
        Assert.Throws<ArgumentException>(() => new RigCommandProcessor("Rig_01", scenario.Rig, new RigMessageCounters(), null!));
        Assert.Throws<ArgumentException>(() => new RigCommandProcessor("-rig", scenario.Rig, new RigMessageCounters(), null!));
        Assert.True(RigCommandProcessor.IsRigId("rig-01"));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-5.0)]
    public void A_broken_clock_value_still_gives_a_complete_answer_and_changes_nothing(double now)
    {
        var rig = new ProtocolTestRig();
        var before = rig.Snapshot();
        Assert.Equal(CommandOutcome.Refused, rig.Send(GoldenFiles.Bytes("command-start-prewarm.json"), now));
        Assert.False(rig.Processor.Output.Failed);
        Assert.Equal(0.0, rig.Output().GetProperty("t_s").GetDouble());
        Assert.Equal("busy", rig.Output().GetProperty("reason").GetString());
        Assert.Equal(before, rig.Snapshot());
    }

    [Fact]
    public void Starting_a_run_restarts_telemetry_sequence_numbers_at_one()
    {
        var rig = new ProtocolTestRig();
        for (int i = 0; i < 5; i++)
        {
            rig.Counters.NextTelemetrySequence();
        }

        Assert.Equal(CommandOutcome.Accepted, rig.Send(GoldenFiles.Bytes("command-start-prewarm.json")));
        Assert.Equal(1, rig.Counters.NextTelemetrySequence());
    }
}
