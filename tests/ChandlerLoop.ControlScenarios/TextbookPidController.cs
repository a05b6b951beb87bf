using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.ControlScenarios;

/// <summary>
/// Baseline: the textbook ideal PID tuned by the classic Ziegler–Nichols ultimate-cycle rule
/// (Ziegler &amp; Nichols, Trans. ASME 64 (1942) 759: Kp = 0.6·Ku, Ti = Pu/2, Td = Pu/8), with the
/// derivative on the error through the usual Td/N filter (N = 10), output clamped to [0, 1] and NO
/// anti-windup: the integral accumulates whatever the output does. Benchmark/test code only.
/// </summary>
public sealed class TextbookPidController : ITemperatureController
{
    private const double DerivativeFilterDivisor = 10.0;
    private readonly double kp;
    private readonly double ti;
    private readonly double td;
    private double integral;
    private double previousError;
    private double filteredDerivative;
    private bool hasPrevious;

    public TextbookPidController(double ultimateGainDutyPerCelsius, double ultimatePeriodSeconds)
    {
        kp = 0.6 * ultimateGainDutyPerCelsius;
        ti = ultimatePeriodSeconds / 2.0;
        td = ultimatePeriodSeconds / 8.0;
    }

    public double ProportionalDutyPerCelsius => kp;

    public double IntegralSeconds => ti;

    public double DerivativeSeconds => td;

    public double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius)
    {
        if (!(elapsedSeconds > 0) || !double.IsFinite(measuredCelsius))
        {
            return 0.0;
        }

        double error = targetCelsius - measuredCelsius;
        if (!hasPrevious)
        {
            previousError = error;
            hasPrevious = true;
        }

        integral += error * elapsedSeconds;
        double tf = td / DerivativeFilterDivisor;
        double rawDerivative = (error - previousError) / elapsedSeconds;
        filteredDerivative += elapsedSeconds / (tf + elapsedSeconds) * (rawDerivative - filteredDerivative);
        previousError = error;
        double output = kp * (error + (integral / ti) + (td * filteredDerivative));
        return Math.Clamp(output, 0.0, 1.0);
    }

    public void Reset(double measuredCelsius, double targetCelsius, double currentDuty)
    {
        integral = 0.0;
        filteredDerivative = 0.0;
        hasPrevious = false;
    }
}
