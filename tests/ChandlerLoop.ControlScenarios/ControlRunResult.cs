namespace ChandlerLoop.ControlScenarios;

/// <summary>
/// One controller's figures in the control scenario, all measured on the TRUE bath temperature.
/// NaN means "does not apply" (the physical-limit row) or "never" (did not settle).
/// SettleEnergyWattHours is the heater energy spent until the bath entered the band for good (what
/// getting ready costs, overshoot and oscillation included); TotalEnergyWattHours covers the whole
/// run and is dominated by the bath's losses at 37 °C, so it is reported but not compared.
/// </summary>
public sealed record ControlRunResult(
    string Name,
    double SettleSeconds,
    double OvershootCelsius,
    double HoldRmsCelsius,
    double RecoverySeconds,
    double LoadingDipCelsius,
    double SettleEnergyWattHours,
    double TotalEnergyWattHours,
    double MaxBathCelsius,
    double AllocatedBytesPerTick,
    bool OverTemperatureTripped)
{
    /// <summary>True when the run reached and stayed in the band during heat-up and hold.</summary>
    public bool Settled => !double.IsNaN(SettleSeconds);
}
