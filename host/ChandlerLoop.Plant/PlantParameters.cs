namespace ChandlerLoop.Plant;

/// <summary>
/// Physical constants of the simulated Chandler-loop rig: a thermostated water bath with an immersed
/// low-voltage DC heater, a stepper-driven drum carrying loops of blood, a control RTD (PT100 read by a
/// MAX31865) and an independent DS18B20 safety sensor. Every value carries its unit in its name; the
/// defaults, and the physics behind each one, are documented on the property and in docs/plant-model.md.
/// </summary>
/// <remarks>
/// The record is split over several files by subsystem (thermal, loops, sensors, motor). Call
/// <see cref="Validate"/> (the <see cref="RigPlant"/> constructor does) to reject nonsense values with a
/// message naming the offending property.
/// </remarks>
public sealed partial record PlantParameters
{
    /// <summary>The documented defaults (4 L bath, 150 W heater, 22 °C room, 6.3 mm × 39 cm loops).</summary>
    public static PlantParameters Default { get; } = new();

    /// <summary>
    /// Temperature of the bath water, the heater element and both sensor elements at time 0, in °C.
    /// Default 22.0 °C: a bath filled from the tap and left to reach room temperature.
    /// </summary>
    public double InitialTemperatureCelsius { get; init; } = 22.0;

    /// <summary>
    /// Room (air) temperature at time 0, in °C; the bath loses heat towards it. Default 22.0 °C, a typical
    /// air-conditioned laboratory. <see cref="RigPlant.AmbientTemperatureCelsius"/> can change it mid-run.
    /// </summary>
    public double AmbientTemperatureCelsius { get; init; } = 22.0;

    /// <summary>
    /// Maximum internal integration step, in seconds. <see cref="RigPlant.Step"/> splits longer steps into
    /// equal sub-steps no longer than this. Default 0.05 s: 250 times shorter than the fastest thermal time
    /// constant of the default rig (heater element, about 12.5 s), so explicit Euler is stable and its error
    /// is below 0.2 % of any transient.
    /// </summary>
    public double MaxSubStepSeconds { get; init; } = 0.05;

    /// <summary>
    /// Checks every parameter and throws <see cref="ArgumentException"/> whose message names the first
    /// offending property and says what range is allowed.
    /// </summary>
    public void Validate()
    {
        RequireFinite(InitialTemperatureCelsius, nameof(InitialTemperatureCelsius), -20.0, 95.0);
        RequireFinite(AmbientTemperatureCelsius, nameof(AmbientTemperatureCelsius), -20.0, 60.0);
        RequirePositive(MaxSubStepSeconds, nameof(MaxSubStepSeconds));
        if (MaxSubStepSeconds > 1.0)
        {
            throw Invalid(nameof(MaxSubStepSeconds), MaxSubStepSeconds, "must be at most 1 s to keep the integration accurate");
        }

        ValidateThermal();
        ValidateLoops();
        ValidateSensors();
        ValidateMotor();
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0.0)
        {
            throw Invalid(name, value, "must be a finite number greater than zero");
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0.0)
        {
            throw Invalid(name, value, "must be a finite number of zero or more");
        }
    }

    private static void RequirePositiveOrInfinity(double value, string name)
    {
        if (double.IsNaN(value) || value <= 0.0)
        {
            throw Invalid(name, value, "must be greater than zero (double.PositiveInfinity disables the limit)");
        }
    }

    private static void RequireFinite(double value, string name, double minimum, double maximum)
    {
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            throw Invalid(name, value, FormattableString.Invariant($"must be a finite number between {minimum} and {maximum}"));
        }
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw Invalid(name, value, "must be a whole number greater than zero");
        }
    }

    private static ArgumentException Invalid(string name, double value, string rule) =>
        new(FormattableString.Invariant($"PlantParameters.{name} = {value} is invalid: it {rule}."), name);
}
