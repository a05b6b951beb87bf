namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>One point of the live charts (a telemetry record, or the mean of several after downsampling).</summary>
/// <param name="Minutes">Time on the x axis, minutes from the chart's reference (t0, or the start of pre-warming).</param>
/// <param name="TemperatureCelsius">Control temperature, °C; null when the rig had no valid reading.</param>
/// <param name="SetpointCelsius">Temperature set-point, °C.</param>
/// <param name="HeaterDutyPercent">Heater duty, %.</param>
/// <param name="SpeedRpm">Measured drum speed, rpm.</param>
/// <param name="SpeedSetpointRpm">Commanded drum speed, rpm.</param>
public sealed record TelemetryChartRow(
    double Minutes,
    double? TemperatureCelsius,
    double SetpointCelsius,
    double HeaterDutyPercent,
    double SpeedRpm,
    double SpeedSetpointRpm);
