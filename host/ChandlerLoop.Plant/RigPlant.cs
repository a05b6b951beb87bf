using ChandlerLoop.Plant.Motor;
using ChandlerLoop.Plant.Sensors;
using ChandlerLoop.Plant.Thermal;

namespace ChandlerLoop.Plant;

/// <summary>
/// Physical model of one Chandler-loop rig, for tests, the rig simulator and the benchmarks: a stirred
/// water bath heated by a PWM-driven element with its own thermal lag, losing heat to the room; loops of
/// blood that are loaded cold and warm up; a stepper-driven drum with hall pulses; a control RTD
/// (PT100 + MAX31865) and a safety DS18B20 with lag, noise and quantisation; injectable faults.
/// </summary>
/// <remarks>
/// Time only moves in <see cref="Step"/>, so runs are reproducible: the same parameters, seed and call
/// sequence give the same trace. <see cref="Step"/> allocates nothing. Inputs that can only come from a
/// bug (NaN, negative times) throw, so that tests fail loudly. Temperatures are in °C, times in s, energy
/// in J, speeds in rpm. See docs/plant-model.md for the equations and the basis of every constant.
/// </remarks>
public sealed class RigPlant
{
    private readonly BathThermalModel thermal;
    private readonly StepperDrumModel drum;
    private readonly Max31865RtdSensorModel controlSensor;
    private readonly Ds18b20SensorModel safetySensor;
    private double ambientTemperatureCelsius;

    /// <summary>
    /// Creates a rig at rest: everything at <see cref="PlantParameters.InitialTemperatureCelsius"/>, drum
    /// stopped, no loops, no faults.
    /// </summary>
    /// <param name="parameters">Physical constants; validated (throws <see cref="ArgumentException"/>).</param>
    /// <param name="noiseSeed">Seed of the sensor noise; equal seeds give equal noise sequences.</param>
    public RigPlant(PlantParameters parameters, int noiseSeed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        Parameters = parameters;
        thermal = new BathThermalModel(parameters);
        drum = new StepperDrumModel(parameters);
        controlSensor = new Max31865RtdSensorModel(parameters, noiseSeed);
        safetySensor = new Ds18b20SensorModel(parameters, unchecked(noiseSeed ^ 0x5DEECE6));
        ambientTemperatureCelsius = parameters.AmbientTemperatureCelsius;
    }

    /// <summary>The validated physical constants of this rig.</summary>
    public PlantParameters Parameters { get; }

    /// <summary>Simulated time since construction, in s.</summary>
    public double TimeSeconds { get; private set; }

    /// <summary>True temperature of the well-mixed bath water, in °C.</summary>
    public double BathTemperatureCelsius => thermal.BathCelsius;

    /// <summary>True temperature of the heater element, in °C.</summary>
    public double HeaterElementTemperatureCelsius => thermal.ElementCelsius;

    /// <summary>Electrical energy delivered to the heater element so far, in J (∫ P·duty dt while it conducts).</summary>
    public double HeaterEnergyJoules { get; private set; }

    /// <summary>True drum speed, in rpm (0 while stalled or out of step).</summary>
    public double DrumSpeedRpm => drum.SpeedRpm;

    /// <summary>Drum speed the current STEP frequency asks for, in rpm.</summary>
    public double CommandedDrumSpeedRpm => drum.CommandedSpeedRpm;

    /// <summary>Drum revolutions turned since construction.</summary>
    public double DrumRevolutions => drum.Revolutions;

    /// <summary>Cumulative hall pulses (<see cref="PlantParameters.DrumMagnets"/> per drum revolution).</summary>
    public long DrumPulseCount => drum.PulseCount;

    /// <summary>
    /// False after the stepper lost synchronism (pull-out, too large a speed jump, or blocked drum); the drum
    /// then stands still until the STEP frequency returns to 0 Hz.
    /// </summary>
    public bool IsMotorInSync => drum.InSync;

    /// <summary>True while the hardware thermal cut-out in series with the heater is open.</summary>
    public bool IsThermalCutoutOpen => thermal.CutoutOpen;

    /// <summary>A person presses the reset button of the manual-reset cut-out. It closes only when the
    /// bath is at or below <see cref="PlantParameters.ThermalCutoutResetCelsius"/>; returns true when
    /// the cut-out is closed afterwards.</summary>
    public bool ResetThermalCutout() => thermal.ResetCutout();

    /// <summary>Number of loops in the bath.</summary>
    public int LoadedLoopCount { get; private set; }

    /// <summary>Mean true temperature of the loaded loops (blood and tubing), in °C; NaN when none are loaded.</summary>
    public double LoopTemperatureCelsius => thermal.LoopsCelsius;

    /// <summary>True (lagged) temperature of the control RTD element, before noise and quantisation, in °C.</summary>
    public double ControlSensorElementTemperatureCelsius => controlSensor.ElementCelsius;

    /// <summary>True (lagged) temperature of the DS18B20 die, before offset, noise and quantisation, in °C.</summary>
    public double SafetySensorElementTemperatureCelsius => safetySensor.ElementCelsius;

    /// <summary>The fault currently injected into the control sensor.</summary>
    public SensorFault ControlSensorFault => controlSensor.Fault;

    /// <summary>The fault currently injected into the safety sensor.</summary>
    public SensorFault SafetySensorFault => safetySensor.Fault;

    /// <summary>True while the heater is failed (<see cref="InjectHeaterFailure"/>).</summary>
    public bool IsHeaterFailed { get; private set; }

    /// <summary>True while the drum is blocked (<see cref="InjectMotorStall"/>).</summary>
    public bool IsMotorStalled => drum.Blocked;

    /// <summary>
    /// True while the lid is open: the bath loses an extra
    /// <see cref="PlantParameters.LidOpenExtraLossWattsPerKelvin"/> to the room.
    /// </summary>
    public bool LidOpen { get; set; }

    /// <summary>Room temperature, in °C; may change mid-run. Throws on a non-finite value.</summary>
    public double AmbientTemperatureCelsius
    {
        get => ambientTemperatureCelsius;
        set
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Ambient temperature must be a finite number of °C.");
            }

            ambientTemperatureCelsius = value;
        }
    }

    /// <summary>
    /// Advances the physics by <paramref name="elapsedSeconds"/>, holding the inputs constant, in equal
    /// sub-steps no longer than <see cref="PlantParameters.MaxSubStepSeconds"/>. Allocates nothing.
    /// </summary>
    /// <param name="elapsedSeconds">Time to advance, in s; finite and greater than 0.</param>
    /// <param name="heaterDuty">Heater PWM duty cycle, clamped to 0..1; NaN throws.</param>
    /// <param name="stepFrequencyHz">
    /// STEP pulse frequency the firmware outputs, in Hz (≥ 0, finite); drum rpm = f·60 / (steps · microsteps ·
    /// gear). The new frequency takes effect at the start of this call (see the motor's pull-in limit).
    /// </param>
    public void Step(double elapsedSeconds, double heaterDuty, double stepFrequencyHz)
    {
        if (!double.IsFinite(elapsedSeconds) || elapsedSeconds <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(elapsedSeconds), elapsedSeconds, "Elapsed time must be a finite number of seconds greater than 0.");
        }

        if (double.IsNaN(heaterDuty))
        {
            throw new ArgumentOutOfRangeException(nameof(heaterDuty), heaterDuty, "Heater duty must be a number (it is clamped to 0..1).");
        }

        if (!double.IsFinite(stepFrequencyHz) || stepFrequencyHz < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(stepFrequencyHz), stepFrequencyHz, "Step frequency must be a finite number of Hz, 0 or more.");
        }

        drum.Command(stepFrequencyHz);
        double requestedWatts = IsHeaterFailed ? 0.0 : Math.Clamp(heaterDuty, 0.0, 1.0) * Parameters.HeaterPowerWatts;
        double elementConductance = thermal.ElementConductance(drum.SpeedRpm);

        long subSteps = (long)Math.Ceiling(elapsedSeconds / Parameters.MaxSubStepSeconds);
        double h = elapsedSeconds / subSteps;
        double controlSmoothing = controlSensor.SmoothingFactor(h);
        double safetySmoothing = safetySensor.SmoothingFactor(h);
        for (long i = 0; i < subSteps; i++)
        {
            double deliveredWatts = thermal.Advance(h, requestedWatts, elementConductance, ambientTemperatureCelsius, LidOpen);
            HeaterEnergyJoules += deliveredWatts * h;
            controlSensor.Track(thermal.BathCelsius, controlSmoothing);
            safetySensor.Track(thermal.BathCelsius, safetySmoothing);
            drum.Advance(h);
        }

        TimeSeconds += elapsedSeconds;
    }

    /// <summary>
    /// What the MAX31865 driver reports now, in °C: the lagged element temperature plus the channel offset
    /// and Gaussian noise, quantised to the 15-bit ADC code (R = code·R_REF/2^15) and converted back with the
    /// IEC 60751 PT100 equation. Faults: <see cref="SensorFault.Open"/> reads full-scale code 32767
    /// (≈ 989 °C with the default 430 Ω reference); <see cref="SensorFault.Short"/> reads code 0 (≈ −242 °C);
    /// <see cref="SensorFault.NoResponse"/> returns <see cref="double.NaN"/>; <see cref="SensorFault.Stuck"/>
    /// returns the last value reported before the fault (or one fresh reading, frozen, if none was).
    /// Each call draws new noise.
    /// </summary>
    public double ReadControlSensorCelsius() => controlSensor.Read();

    /// <summary>
    /// What the DS18B20 driver reports now, in °C: the lagged die temperature plus the fixed per-instance
    /// offset and Gaussian noise, rounded to the resolution (0.0625 °C) and limited to −55..125 °C. Faults:
    /// <see cref="SensorFault.Open"/>, <see cref="SensorFault.Short"/> and <see cref="SensorFault.NoResponse"/>
    /// return <see cref="double.NaN"/> (no presence pulse or a bad CRC: a driver that checks both has no
    /// reading; it must not pass on the chip's 85.0 °C power-on value or a library's −127 sentinel);
    /// <see cref="SensorFault.Stuck"/> returns the last value reported before the fault.
    /// </summary>
    public double ReadSafetySensorCelsius() => safetySensor.Read();

    /// <summary>
    /// Puts loops into the bath: each holds <paramref name="bloodMillilitresPerLoop"/> of blood, and blood and
    /// tubing start at <paramref name="bloodTemperatureCelsius"/>. The loops then exchange heat with the bath
    /// with time constant <see cref="PlantParameters.LoopToBathTimeConstantSeconds"/>, so enthalpy is
    /// conserved. May be called again to add more loops.
    /// </summary>
    public void LoadLoops(int loopCount, double bloodMillilitresPerLoop, double bloodTemperatureCelsius)
    {
        if (loopCount < 1 || loopCount > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(loopCount), loopCount, "Loop count must be between 1 and 100.");
        }

        double loopVolumeMillilitres = Parameters.LoopInternalVolumeMillilitres;
        if (!double.IsFinite(bloodMillilitresPerLoop) || bloodMillilitresPerLoop <= 0.0
            || bloodMillilitresPerLoop > loopVolumeMillilitres)
        {
            throw new ArgumentOutOfRangeException(nameof(bloodMillilitresPerLoop), bloodMillilitresPerLoop,
                FormattableString.Invariant($"Blood per loop must be more than 0 mL and at most the loop volume, {loopVolumeMillilitres:F2} mL."));
        }

        if (!double.IsFinite(bloodTemperatureCelsius) || bloodTemperatureCelsius < 0.0 || bloodTemperatureCelsius > 45.0)
        {
            throw new ArgumentOutOfRangeException(nameof(bloodTemperatureCelsius), bloodTemperatureCelsius,
                "Blood temperature must be between 0 and 45 °C.");
        }

        double bloodKilograms = bloodMillilitresPerLoop * 1e-6 * Parameters.BloodDensityKilogramsPerCubicMetre;
        double perLoopJoulesPerKelvin = (bloodKilograms * Parameters.BloodSpecificHeatJoulesPerKilogramKelvin)
            + Parameters.TubingHeatCapacityPerLoopJoulesPerKelvin;
        thermal.AddLoops(loopCount * perLoopJoulesPerKelvin, bloodTemperatureCelsius);
        LoadedLoopCount += loopCount;
    }

    /// <summary>Takes every loop out of the bath (their heat leaves with them).</summary>
    public void UnloadLoops()
    {
        thermal.RemoveLoops();
        LoadedLoopCount = 0;
    }

    /// <summary>
    /// Sets the bath water temperature instantly (an idealised disturbance, e.g. topping up with hot water, or a
    /// step input for sensor tests); heater, loops and sensor elements keep their own temperatures.
    /// </summary>
    public void SetBathTemperatureCelsius(double temperatureCelsius)
    {
        if (!double.IsFinite(temperatureCelsius) || temperatureCelsius < -20.0 || temperatureCelsius > 100.0)
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureCelsius), temperatureCelsius, "Bath temperature must be between -20 and 100 °C.");
        }

        thermal.BathCelsius = temperatureCelsius;
    }

    /// <summary>Injects (or with <see cref="SensorFault.None"/> clears) a control-sensor fault.</summary>
    public void InjectControlSensorFault(SensorFault fault) => controlSensor.Fault = fault;

    /// <summary>Injects (or with <see cref="SensorFault.None"/> clears) a safety-sensor fault.</summary>
    public void InjectSafetySensorFault(SensorFault fault) => safetySensor.Fault = fault;

    /// <summary>While failed the element delivers no heat and draws no energy (open element or dead MOSFET).</summary>
    public void InjectHeaterFailure(bool failed) => IsHeaterFailed = failed;

    /// <summary>
    /// Blocks (true) or frees (false) the drum. A blocked drum does not turn and gives no pulses; blocking it
    /// while driven desynchronises the stepper, so after freeing it the drum stays still until the STEP
    /// frequency returns to 0 Hz (as a real stepper that has lost its steps).
    /// </summary>
    public void InjectMotorStall(bool stalled) => drum.SetBlocked(stalled);
}
