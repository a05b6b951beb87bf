namespace ChandlerLoop.Control.Tests.Temperature;

/// <summary>
/// Hand-written first-order-plus-lag bath for controller tests: a heater element node (its own
/// heat capacity, time constant <see cref="HeaterTimeConstantSeconds"/> to the water), a water node
/// of heat capacity <see cref="HeatCapacityJoulesPerKelvin"/> losing UA·(T − ambient), and a
/// first-order sensor lag. No noise, optional quantisation. Explicit Euler in 0.05 s sub-steps
/// (all time constants here are ≥ 1 s, so that is stable and accurate to well under 1 %).
/// </summary>
internal sealed class LaggedBathFake
{
    private const double SubStepSeconds = 0.05;

    public double HeatCapacityJoulesPerKelvin { get; init; } = 18_000.0;
    public double LossWattsPerKelvin { get; init; } = 1.5;
    public double HeaterPowerWatts { get; init; } = 150.0;
    public double HeaterTimeConstantSeconds { get; init; } = 25.0;
    public double SensorTimeConstantSeconds { get; init; } = 5.0;
    public double AmbientCelsius { get; init; } = 22.0;
    public double QuantumCelsius { get; init; }

    public double WaterCelsius { get; private set; }
    public double HeaterFlowWatts { get; private set; }
    public double SensorCelsius { get; private set; }

    /// <summary>Rate of rise per unit duty above the holding duty, °C/s: P / C.</summary>
    public double IntegratingGain => HeaterPowerWatts / HeatCapacityJoulesPerKelvin;

    /// <summary>Duty that holds <paramref name="celsius"/>: UA·(T − ambient) / P.</summary>
    public double HoldingDuty(double celsius) => LossWattsPerKelvin * (celsius - AmbientCelsius) / HeaterPowerWatts;

    public LaggedBathFake Start(double celsius)
    {
        WaterCelsius = celsius;
        SensorCelsius = celsius;
        HeaterFlowWatts = LossWattsPerKelvin * (celsius - AmbientCelsius);
        if (HeaterFlowWatts < 0)
        {
            HeaterFlowWatts = 0;
        }

        return this;
    }

    public double Measure() =>
        QuantumCelsius > 0 ? Math.Round(SensorCelsius / QuantumCelsius) * QuantumCelsius : SensorCelsius;

    public void Step(double seconds, double duty)
    {
        duty = Math.Clamp(duty, 0.0, 1.0);
        int steps = Math.Max(1, (int)Math.Ceiling(seconds / SubStepSeconds));
        double h = seconds / steps;
        for (int i = 0; i < steps; i++)
        {
            // The element's heat flow into the water follows the electrical power with a first-order lag.
            HeaterFlowWatts += h / HeaterTimeConstantSeconds * (HeaterPowerWatts * duty - HeaterFlowWatts);
            WaterCelsius += h * (HeaterFlowWatts - LossWattsPerKelvin * (WaterCelsius - AmbientCelsius))
                / HeatCapacityJoulesPerKelvin;
            SensorCelsius += h / SensorTimeConstantSeconds * (WaterCelsius - SensorCelsius);
        }
    }
}
