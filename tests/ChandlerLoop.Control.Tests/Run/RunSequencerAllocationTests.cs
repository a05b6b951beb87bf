using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Run;

/// <summary>The device has about 100 KB of heap and a stop-the-world collector: a run must not
/// allocate after construction, in Update or in any command or query.</summary>
public class RunSequencerAllocationTests
{
    [Fact]
    public void Whole_runs_with_every_command_and_query_allocate_nothing()
    {
        var s = new RunSequencer();
        var plan = new RunPlan { StabilityHoldSeconds = 60.0, ExposureSeconds = 600.0 };
        plan.SetSampleOffsetsMinutes(new[] { 0.0, 2.0, 5.0, 10.0 });
        double time = 0.0;
        double sink = 0.0;
        int completedRuns = 0;
        DriveRuns(s, plan, ref time, ref sink, ref completedRuns, 1);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int updates = DriveRuns(s, plan, ref time, ref sink, ref completedRuns, 10);
        long after = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(updates >= 10_000, "only " + updates + " updates");
        Assert.Equal(0, after - before);
        Assert.Equal(11, completedRuns);
        Assert.NotEqual(0.0, sink);
    }

    private static int DriveRuns(RunSequencer s, RunPlan plan, ref double time, ref double sink, ref int completedRuns, int runs)
    {
        int updates = 0;
        for (int run = 0; run < runs; run++)
        {
            s.Reset();
            s.StartPrewarm(time, plan);
            s.ConfirmLoaded(time);
            s.Abort(time, AbortReason.None);
            int guard = 0;
            while (s.State != RunState.Completed && guard++ < 100_000)
            {
                time += 0.5;
                s.Update(time, s.State == RunState.PreWarming && updates % 200 == 0 ? double.NaN : 37.05);
                s.Update(time - 1.0, 37.0);
                updates++;
                if (s.State == RunState.Ready)
                {
                    s.ConfirmLoaded(time);
                }

                if (s.State == RunState.SampleDue && s.SecondsUntilNextSample < -20.0)
                {
                    s.AcknowledgeSample(time, s.NextSampleIndex + 1);
                    s.AcknowledgeSample(time, s.NextSampleIndex);
                }

                sink += s.ExposureElapsedSeconds + s.ExposureRemainingSeconds + s.StabilityHeldSeconds
                    + s.TargetSpeedRpm + s.TargetTemperatureCelsius + s.GetSampleDueAtSeconds(1)
                    + s.GetSampleAcknowledgedAtSeconds(0) + s.PendingSampleCount + (s.RotationEnabled ? 1 : 0)
                    + (s.HeaterEnabled ? 1 : 0) + (int)s.AbortReason + (int)s.FaultCode;
            }

            completedRuns += s.State == RunState.Completed ? 1 : 0;
            s.Reset();
            s.StartPrewarm(time, plan);
            s.Abort(time, AbortReason.Host);
            s.StartPrewarm(time, plan);
            s.Fault(time, FaultCode.HeatingFailure);
            s.Fault(double.NaN, FaultCode.HeatingFailure);
            s.CopyPlanTo(plan);
        }

        return updates;
    }
}
