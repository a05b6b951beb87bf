using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Run;

/// <summary>
/// Every state × every command, with valid arguments one second after the latest accepted time:
/// the result and the state afterwards must match the table in docs/run-sequencer.md, and a
/// refused (or ignored) command must leave every observable value unchanged.
/// </summary>
public class RunSequencerStateTableTests
{
    public enum Command
    {
        StartPrewarm,
        UpdateInBand,
        ConfirmLoaded,
        AcknowledgeNextSample,
        Abort,
        Fault,
        Reset,
    }

    // Fault and Update return nothing: their "result" column is None; "ignored" shows as the
    // state (and the snapshot) staying the same.
    public static TheoryData<RunState, Command, RunRefusal, RunState> Table => new()
    {
        { RunState.Idle, Command.StartPrewarm, RunRefusal.None, RunState.PreWarming },
        { RunState.Idle, Command.UpdateInBand, RunRefusal.None, RunState.Idle },
        { RunState.Idle, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.Idle },
        { RunState.Idle, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.Idle },
        { RunState.Idle, Command.Abort, RunRefusal.WrongState, RunState.Idle },
        { RunState.Idle, Command.Fault, RunRefusal.None, RunState.Idle },
        { RunState.Idle, Command.Reset, RunRefusal.None, RunState.Idle },

        { RunState.PreWarming, Command.StartPrewarm, RunRefusal.WrongState, RunState.PreWarming },
        { RunState.PreWarming, Command.UpdateInBand, RunRefusal.None, RunState.PreWarming },
        { RunState.PreWarming, Command.ConfirmLoaded, RunRefusal.TemperatureNotStable, RunState.PreWarming },
        { RunState.PreWarming, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.PreWarming },
        { RunState.PreWarming, Command.Abort, RunRefusal.None, RunState.Aborted },
        { RunState.PreWarming, Command.Fault, RunRefusal.None, RunState.Faulted },
        { RunState.PreWarming, Command.Reset, RunRefusal.WrongState, RunState.PreWarming },

        { RunState.Ready, Command.StartPrewarm, RunRefusal.WrongState, RunState.Ready },
        { RunState.Ready, Command.UpdateInBand, RunRefusal.None, RunState.Ready },
        { RunState.Ready, Command.ConfirmLoaded, RunRefusal.None, RunState.Running },
        { RunState.Ready, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.Ready },
        { RunState.Ready, Command.Abort, RunRefusal.None, RunState.Aborted },
        { RunState.Ready, Command.Fault, RunRefusal.None, RunState.Faulted },
        { RunState.Ready, Command.Reset, RunRefusal.WrongState, RunState.Ready },

        { RunState.Running, Command.StartPrewarm, RunRefusal.WrongState, RunState.Running },
        { RunState.Running, Command.UpdateInBand, RunRefusal.None, RunState.Running },
        { RunState.Running, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.Running },
        { RunState.Running, Command.AcknowledgeNextSample, RunRefusal.SampleNotDue, RunState.Running },
        { RunState.Running, Command.Abort, RunRefusal.None, RunState.Aborted },
        { RunState.Running, Command.Fault, RunRefusal.None, RunState.Faulted },
        { RunState.Running, Command.Reset, RunRefusal.WrongState, RunState.Running },

        { RunState.SampleDue, Command.StartPrewarm, RunRefusal.WrongState, RunState.SampleDue },
        { RunState.SampleDue, Command.UpdateInBand, RunRefusal.None, RunState.SampleDue },
        { RunState.SampleDue, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.SampleDue },
        { RunState.SampleDue, Command.AcknowledgeNextSample, RunRefusal.None, RunState.Running },
        { RunState.SampleDue, Command.Abort, RunRefusal.None, RunState.Aborted },
        { RunState.SampleDue, Command.Fault, RunRefusal.None, RunState.Faulted },
        { RunState.SampleDue, Command.Reset, RunRefusal.WrongState, RunState.SampleDue },

        { RunState.Completed, Command.StartPrewarm, RunRefusal.None, RunState.PreWarming },
        { RunState.Completed, Command.UpdateInBand, RunRefusal.None, RunState.Completed },
        { RunState.Completed, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.Completed },
        { RunState.Completed, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.Completed },
        { RunState.Completed, Command.Abort, RunRefusal.WrongState, RunState.Completed },
        { RunState.Completed, Command.Fault, RunRefusal.None, RunState.Completed },
        { RunState.Completed, Command.Reset, RunRefusal.None, RunState.Idle },

        { RunState.Aborted, Command.StartPrewarm, RunRefusal.None, RunState.PreWarming },
        { RunState.Aborted, Command.UpdateInBand, RunRefusal.None, RunState.Aborted },
        { RunState.Aborted, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.Aborted },
        { RunState.Aborted, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.Aborted },
        { RunState.Aborted, Command.Abort, RunRefusal.WrongState, RunState.Aborted },
        { RunState.Aborted, Command.Fault, RunRefusal.None, RunState.Aborted },
        { RunState.Aborted, Command.Reset, RunRefusal.None, RunState.Idle },

        { RunState.Faulted, Command.StartPrewarm, RunRefusal.None, RunState.PreWarming },
        { RunState.Faulted, Command.UpdateInBand, RunRefusal.None, RunState.Faulted },
        { RunState.Faulted, Command.ConfirmLoaded, RunRefusal.WrongState, RunState.Faulted },
        { RunState.Faulted, Command.AcknowledgeNextSample, RunRefusal.WrongState, RunState.Faulted },
        { RunState.Faulted, Command.Abort, RunRefusal.WrongState, RunState.Faulted },
        { RunState.Faulted, Command.Fault, RunRefusal.None, RunState.Faulted },
        { RunState.Faulted, Command.Reset, RunRefusal.None, RunState.Idle },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Command_in_state_gives_documented_result_and_state(
        RunState from, Command command, RunRefusal expectedResult, RunState expectedState)
    {
        RunSequencer s = RunScenario.In(from);
        string before = RunScenario.Snapshot(s);

        RunRefusal result = Apply(s, command);

        Assert.Equal(expectedResult, result);
        Assert.Equal(expectedState, s.State);
        bool changesNothing = result != RunRefusal.None
            || ((command == Command.Fault || command == Command.Reset) && expectedState == from);
        if (changesNothing)
        {
            Assert.Equal(before, RunScenario.Snapshot(s));
        }
    }

    [Fact]
    public void Table_covers_every_state_and_every_command_exactly_once()
    {
        var seen = new HashSet<(RunState, Command)>();
        foreach (object[] row in Table)
        {
            Assert.True(seen.Add(((RunState)row[0], (Command)row[1])));
        }

        Assert.Equal(Enum.GetValues<RunState>().Length * Enum.GetValues<Command>().Length, seen.Count);
    }

    private static RunRefusal Apply(RunSequencer s, Command command)
    {
        double now = (double.IsNaN(s.LastTimeSeconds) ? 0.0 : s.LastTimeSeconds) + 1.0;
        switch (command)
        {
            case Command.StartPrewarm:
                return s.StartPrewarm(now, RunScenario.StandardPlan());
            case Command.UpdateInBand:
                s.Update(now, RunScenario.Target);
                return RunRefusal.None;
            case Command.ConfirmLoaded:
                return s.ConfirmLoaded(now);
            case Command.AcknowledgeNextSample:
                return s.AcknowledgeSample(now, Math.Max(0, s.NextSampleIndex));
            case Command.Abort:
                return s.Abort(now, AbortReason.Host);
            case Command.Fault:
                s.Fault(now, FaultCode.MotorStall);
                return RunRefusal.None;
            default:
                return s.Reset();
        }
    }
}
