namespace ChandlerLoop.Plant.Thermal;

/// <summary>
/// Three-node lumped thermal network, integrated with explicit Euler:
/// heater element (C_h) → bath water and vessel (C_b) → room (U·A), and bath ↔ loops (C_l, G_l = C_l/τ_l).
/// Temperatures in °C, heat capacities in J/K, conductances in W/K, powers in W, times in s.
/// </summary>
internal sealed class BathThermalModel
{
    private readonly double inverseBathHeatCapacity;
    private readonly double inverseElementHeatCapacity;
    private readonly double stillConductance;
    private readonly double stirredConductance;
    private readonly double fullStirringRpm;
    private readonly double ambientLoss;
    private readonly double lidOpenExtraLoss;
    private readonly double loopTimeConstantSeconds;
    private readonly double cutoutOpenCelsius;
    private readonly double cutoutResetCelsius;
    private readonly bool cutoutManualReset;

    public BathThermalModel(PlantParameters parameters)
    {
        inverseBathHeatCapacity = 1.0 / parameters.BathHeatCapacityJoulesPerKelvin;
        inverseElementHeatCapacity = 1.0 / parameters.HeaterElementHeatCapacityJoulesPerKelvin;
        stillConductance = parameters.HeaterToWaterConductanceStillWattsPerKelvin;
        stirredConductance = parameters.HeaterToWaterConductanceStirredWattsPerKelvin;
        fullStirringRpm = parameters.FullStirringDrumSpeedRpm;
        ambientLoss = parameters.AmbientLossWattsPerKelvin;
        lidOpenExtraLoss = parameters.LidOpenExtraLossWattsPerKelvin;
        loopTimeConstantSeconds = parameters.LoopToBathTimeConstantSeconds;
        cutoutOpenCelsius = parameters.ThermalCutoutOpenCelsius;
        cutoutResetCelsius = parameters.ThermalCutoutResetCelsius;
        cutoutManualReset = parameters.ThermalCutoutManualReset;
        BathCelsius = parameters.InitialTemperatureCelsius;
        ElementCelsius = parameters.InitialTemperatureCelsius;
        LoopsCelsius = double.NaN;
    }

    public double BathCelsius { get; set; }

    public double ElementCelsius { get; private set; }

    /// <summary>Mean temperature of the loaded loops, or NaN when no loop is loaded.</summary>
    public double LoopsCelsius { get; private set; }

    /// <summary>Heat capacity of all loaded loops (blood plus tubing), in J/K; 0 when none are loaded.</summary>
    public double LoopsHeatCapacity { get; private set; }

    public bool CutoutOpen { get; private set; }

    /// <summary>Element-to-water conductance for the given drum speed (linear from still to fully stirred).</summary>
    public double ElementConductance(double drumSpeedRpm)
    {
        double stirring = Math.Min(1.0, Math.Abs(drumSpeedRpm) / fullStirringRpm);
        return stillConductance + ((stirredConductance - stillConductance) * stirring);
    }

    /// <summary>Presses the reset of a manual-reset cut-out: it closes only once the bath has cooled to
    /// the reset temperature. Returns true when the cut-out is closed afterwards.</summary>
    public bool ResetCutout()
    {
        if (CutoutOpen && BathCelsius <= cutoutResetCelsius)
        {
            CutoutOpen = false;
        }

        return !CutoutOpen;
    }

    /// <summary>
    /// Advances the network by one sub-step and returns the electrical power actually delivered, in W
    /// (0 while the thermal cut-out is open).
    /// </summary>
    public double Advance(double stepSeconds, double requestedPowerWatts, double elementConductance,
        double ambientCelsius, bool lidOpen)
    {
        if (CutoutOpen && !cutoutManualReset && BathCelsius <= cutoutResetCelsius)
        {
            CutoutOpen = false;
        }
        else if (!CutoutOpen && BathCelsius >= cutoutOpenCelsius)
        {
            CutoutOpen = true;
        }

        double deliveredWatts = CutoutOpen ? 0.0 : requestedPowerWatts;
        double elementToBathWatts = elementConductance * (ElementCelsius - BathCelsius);
        double lossConductance = lidOpen ? ambientLoss + lidOpenExtraLoss : ambientLoss;
        double bathToAmbientWatts = lossConductance * (BathCelsius - ambientCelsius);
        double bathToLoopsWatts = 0.0;
        if (LoopsHeatCapacity > 0.0)
        {
            // G_l = C_l/τ_l, so the loops move by h/τ_l of the gap and the bath gives G_l × gap.
            double gapCelsius = BathCelsius - LoopsCelsius;
            bathToLoopsWatts = LoopsHeatCapacity / loopTimeConstantSeconds * gapCelsius;
            LoopsCelsius += stepSeconds / loopTimeConstantSeconds * gapCelsius;
        }

        ElementCelsius += stepSeconds * (deliveredWatts - elementToBathWatts) * inverseElementHeatCapacity;
        BathCelsius += stepSeconds * (elementToBathWatts - bathToAmbientWatts - bathToLoopsWatts) * inverseBathHeatCapacity;
        return deliveredWatts;
    }

    /// <summary>Adds loops of the given total heat capacity and temperature, mixing enthalpy with loops already loaded.</summary>
    public void AddLoops(double heatCapacityJoulesPerKelvin, double temperatureCelsius)
    {
        if (LoopsHeatCapacity > 0.0)
        {
            double total = LoopsHeatCapacity + heatCapacityJoulesPerKelvin;
            LoopsCelsius = ((LoopsHeatCapacity * LoopsCelsius) + (heatCapacityJoulesPerKelvin * temperatureCelsius)) / total;
            LoopsHeatCapacity = total;
        }
        else
        {
            LoopsHeatCapacity = heatCapacityJoulesPerKelvin;
            LoopsCelsius = temperatureCelsius;
        }
    }

    /// <summary>Takes every loop out of the bath.</summary>
    public void RemoveLoops()
    {
        LoopsHeatCapacity = 0.0;
        LoopsCelsius = double.NaN;
    }
}
