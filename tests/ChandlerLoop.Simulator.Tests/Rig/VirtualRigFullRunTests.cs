using ChandlerLoop.Control.Run;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Simulator.Tests.Rig;

public sealed class VirtualRigFullRunTests
{
    [Fact]
    public async Task A_30_minute_protocol_runs_from_prewarm_to_completion_with_every_message_in_order()
    {
        await using RigSession s = await RigSession.StartAsync();
        double[] samples = [0, 15, 30];
        var commandIds = new List<string>();

        CommandResultEvent prewarm = await s.StartPrewarmAsync(samples);
        Assert.True(prewarm.Accepted, prewarm.Detail);
        commandIds.Add(prewarm.CommandId);
        await s.TickUntilAsync(r => r.State == RunState.Ready, 1800, "ready");
        CommandResultEvent loaded = await s.CommandAsync(id => new ConfirmLoadedCommand(s.RigId, id));
        Assert.True(loaded.Accepted, loaded.Detail);
        commandIds.Add(loaded.CommandId);
        for (int i = 0; i < samples.Length; i++)
        {
            await s.TickUntilAsync(r => r.State == RunState.SampleDue, 1900, "sample " + i + " due");
            int index = i;
            CommandResultEvent ack = await s.CommandAsync(id => new AckSampleCommand(s.RigId, id, index, "T" + index));
            Assert.True(ack.Accepted, ack.Detail);
            commandIds.Add(ack.CommandId);
        }

        Assert.Equal(RunState.Completed, s.Rig.State);
        await s.Rig.RunTicksAsync(4);
        await s.SettleAsync();
        Assert.Empty(s.Host.Undecodable);

        // Every command answered exactly once.
        List<CommandResultEvent> results = s.Host.Events(s.RigId).OfType<CommandResultEvent>().ToList();
        Assert.Equal(commandIds, results.Select(r => r.CommandId));

        // Telemetry of the run: seq contiguous from 1 to the rig's last, no replays needed.
        IReadOnlyList<TelemetryRecord> run = s.RunTelemetry();
        var tracker = new TelemetrySequenceTracker();
        foreach (TelemetryRecord t in run)
        {
            Assert.Equal(SequenceAcceptance.New, tracker.Accept(t.Sequence));
        }

        Assert.Empty(tracker.Gaps());
        Assert.Equal(1, run[0].Sequence);
        Assert.Equal(s.Rig.LastTelemetrySequence, tracker.HighestSequence);
        Assert.All(run, t => Assert.False(t.Replay));
        // 1 Hz in rig time. The measured rpm (hall pulses over a window) settles within 2 min of t0.
        Assert.All(run.Zip(run.Skip(1)), p => Assert.Equal(1.0, p.Second.TimeSinceBootSeconds - p.First.TimeSinceBootSeconds, 6));

        // Events: eseq 1.. without gaps, states in the order the sequencer prescribes.
        List<RigEvent> events = s.Host.Events(s.RigId).ToList();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.EventSequence));
        RigState[] expected =
        [
            RigState.PreWarming, RigState.Ready, RigState.SampleDue, RigState.Running, RigState.SampleDue,
            RigState.Running, RigState.SampleDue, RigState.Completed,
        ];
        Assert.Equal(expected, events.OfType<StateChangedEvent>().Select(e => e.To));
        Assert.Equal([0, 1, 2], events.OfType<SampleDueEvent>().Select(e => e.SampleIndex));
        // Each sample_due is sent when its sample becomes due (offsets 0, 15, 30 min from t0), not
        // when the previous one is acknowledged.
        SampleDueEvent[] due = events.OfType<SampleDueEvent>().ToArray();
        Assert.All(due, e => Assert.InRange(e.TimeSinceBootSeconds - due[0].TimeSinceBootSeconds, e.OffsetMinutes * 60.0, (e.OffsetMinutes * 60.0) + 1.0));
        Assert.Equal([0, 1, 2], events.OfType<SampleTakenEvent>().Select(e => e.SampleIndex));
        // Each sample_taken names the tube the host sent with its ack_sample, and the exposure at
        // the acknowledgement (the samples are due at 0, 15 and 30 min).
        Assert.Equal(["T0", "T1", "T2"], events.OfType<SampleTakenEvent>().Select(e => e.Tube));
        Assert.All(events.OfType<SampleTakenEvent>(),
            e => Assert.InRange(e.ActualExposureSeconds, e.OffsetMinutes * 60.0, (e.OffsetMinutes * 60.0) + 5.0));

        // The exposure lasted the planned 30 min and the temperature held 37 ± 0.5 °C while running.
        StateChangedEvent completed = events.OfType<StateChangedEvent>().Last();
        Assert.InRange(completed.ExposureSeconds, 1800, 1801);
        Assert.All(run.Where(t => t.State == RigState.Running && t.ExposureSeconds > 300),
            t => Assert.InRange(t.ControlTemperatureCelsius!.Value, 36.5, 37.5));
        Assert.All(run.Where(t => t.State == RigState.Running && t.ExposureSeconds > 120),
            t => Assert.InRange(t.DrumSpeedRpm, 29, 31));

        // Retained status: online, completed, this run.
        RigStatus status = s.Host.Statuses(s.RigId).Last();
        Assert.True(status.Online);
        Assert.Equal(RigState.Completed, status.State);
        Assert.Equal(RigSession.RunId, status.RunId);
    }

    [Fact]
    public async Task A_repeated_command_id_is_answered_once_and_not_run_twice()
    {
        await using RigSession s = await RigSession.StartAsync();
        CommandResultEvent first = await s.StartPrewarmAsync([0]);
        Assert.True(first.Accepted);
        int received = s.Rig.ReceivedCommandCount;
        await s.Host.PublishAsync(new StartPrewarmCommand(s.RigId, first.CommandId, RigSession.RunId, 37, 30, 30, [0.0]));
        await HostObserver.WaitUntilAsync(() => s.Rig.ReceivedCommandCount > received, "the repeat to arrive");
        await s.Rig.RunTicksAsync(4);
        await s.SettleAsync();

        Assert.Single(s.Host.Events(s.RigId).OfType<CommandResultEvent>(), r => r.CommandId == first.CommandId);
        Assert.Equal(RunState.PreWarming, s.Rig.State);
    }
}
