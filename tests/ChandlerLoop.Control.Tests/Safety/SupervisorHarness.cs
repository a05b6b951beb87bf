using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Safety;

/// <summary>Feeds a supervisor fresh, agreeing readings unless a test overrides them.</summary>
internal sealed class SupervisorHarness
{
    public SupervisorHarness(SafetyLimits? limits = null)
    {
        Supervisor = new SafetySupervisor(limits ?? new SafetyLimits());
    }

    public SafetySupervisor Supervisor { get; }

    public SafetyInputs Inputs { get; } = new();

    public double Now { get; private set; }

    /// <summary>Evaluates at time <paramref name="now"/> with both readings fresh at that time.</summary>
    public FaultCode Fresh(double now, double control, double safety, double duty = 0.0)
    {
        Now = now;
        Inputs.NowSeconds = now;
        Inputs.ControlCelsius = control;
        Inputs.ControlReadingSeconds = now;
        Inputs.SafetyCelsius = safety;
        Inputs.SafetyReadingSeconds = now;
        Inputs.AppliedHeaterDuty = duty;
        return Supervisor.Evaluate(Inputs);
    }
}
