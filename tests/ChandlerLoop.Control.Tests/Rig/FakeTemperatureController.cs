using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Rig;

/// <summary>Returns a fixed duty and records how it was driven.</summary>
internal sealed class FakeTemperatureController : ITemperatureController
{
    public FakeTemperatureController(double duty) => Duty = duty;

    public double Duty { get; set; }
    public int UpdateCount { get; private set; }
    public int ResetCount { get; private set; }
    public double LastResetDuty { get; private set; } = double.NaN;
    public double LastResetMeasuredCelsius { get; private set; } = double.NaN;
    public double LastTargetCelsius { get; private set; } = double.NaN;

    public double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius)
    {
        UpdateCount++;
        LastTargetCelsius = targetCelsius;
        return Duty;
    }

    public void Reset(double measuredCelsius, double targetCelsius, double currentDuty)
    {
        ResetCount++;
        LastResetDuty = currentDuty;
        LastResetMeasuredCelsius = measuredCelsius;
    }
}
