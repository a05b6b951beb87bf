using System.Globalization;
using System.Text;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Run;

/// <summary>
/// Brings a <see cref="RunSequencer"/> into a chosen state along the documented path, with a
/// standard plan: 37.0 °C, 30 rpm, 30 min exposure, gate ±0.3 °C for 300 s, samples at 5, 15 and
/// 30 min. Times: pre-warm starts at 0 s, gate met at 300 s, t0 = 400 s.
/// </summary>
internal static class RunScenario
{
    public const double Target = 37.0;
    public const double GateMetAt = 300.0;
    public const double T0 = 400.0;

    public static RunPlan StandardPlan()
    {
        var plan = new RunPlan();
        Assert.Equal(RunRefusal.None, plan.SetSampleOffsetsMinutes(new[] { 5.0, 15.0, 30.0 }));
        return plan;
    }

    public static RunSequencer In(RunState state)
    {
        var sequencer = new RunSequencer();
        Drive(sequencer, state);
        Assert.Equal(state, sequencer.State);
        return sequencer;
    }

    private static void Drive(RunSequencer s, RunState state)
    {
        if (state == RunState.Idle)
        {
            return;
        }

        Assert.Equal(RunRefusal.None, s.StartPrewarm(0.0, StandardPlan()));
        if (state == RunState.PreWarming)
        {
            return;
        }

        if (state == RunState.Aborted)
        {
            Assert.Equal(RunRefusal.None, s.Abort(10.0, AbortReason.Operator));
            return;
        }

        if (state == RunState.Faulted)
        {
            s.Fault(10.0, FaultCode.OverTemperature);
            return;
        }

        s.Update(0.0, Target);
        s.Update(GateMetAt, Target);
        if (state == RunState.Ready)
        {
            return;
        }

        Assert.Equal(RunRefusal.None, s.ConfirmLoaded(T0));
        if (state == RunState.Running)
        {
            return;
        }

        s.Update(T0 + 300.0, Target);
        if (state == RunState.SampleDue)
        {
            return;
        }

        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 310.0, 0));
        s.Update(T0 + 900.0, Target);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 905.0, 1));
        s.Update(T0 + 1800.0, Target);
        Assert.Equal(RunRefusal.None, s.AcknowledgeSample(T0 + 1820.0, 2));
    }

    /// <summary>Every observable value of the sequencer as text, to prove a refused command
    /// changed nothing.</summary>
    public static string Snapshot(RunSequencer s)
    {
        var b = new StringBuilder();
        void Add(string name, object value) =>
            b.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
        Add("State", s.State);
        Add("Heater", s.HeaterEnabled);
        Add("Rotation", s.RotationEnabled);
        Add("Target", s.TargetTemperatureCelsius);
        Add("Speed", s.TargetSpeedRpm);
        Add("Last", s.LastTimeSeconds);
        Add("Change", s.LastStateChangeSeconds);
        Add("Changes", s.StateChangeCount);
        Add("Ignored", s.IgnoredUpdateCount);
        Add("Prewarm", s.PrewarmStartedAtSeconds);
        Add("GateMet", s.GateMetAtSeconds);
        Add("Losses", s.StabilityLossCount);
        Add("Held", s.StabilityHeldSeconds);
        Add("T0", s.T0Seconds);
        Add("Elapsed", s.ExposureElapsedSeconds);
        Add("Ended", s.ExposureEndedAtSeconds);
        Add("Complete", s.IsExposureComplete);
        Add("Samples", s.SampleCount);
        Add("Due", s.DueSampleCount);
        Add("Acked", s.AcknowledgedSampleCount);
        Add("Next", s.NextSampleIndex);
        Add("Until", s.SecondsUntilNextSample);
        Add("Abort", s.AbortReason);
        Add("Fault", s.FaultCode);
        for (int i = 0; i < s.SampleCount; i++)
        {
            Add("Due" + i, s.GetSampleDueAtSeconds(i));
            Add("Ack" + i, s.GetSampleAcknowledgedAtSeconds(i));
        }

        return b.ToString();
    }
}
