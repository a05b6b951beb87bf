using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Telemetry;

/// <summary>
/// The report's telemetry summary (DOMAIN §6: rpm, temperature trace summary and exposure time), over the
/// exposure period (points with exposure time &gt; 0; every point when none has it).
/// </summary>
/// <param name="RawPoints">All telemetry points of the run.</param>
/// <param name="ExposurePoints">Points the summary is computed over.</param>
/// <param name="ExposureMinutes">Longest exposure time reported, minutes.</param>
/// <param name="MinTemperatureCelsius">Lowest control temperature, °C (null without readings).</param>
/// <param name="MaxTemperatureCelsius">Highest control temperature, °C.</param>
/// <param name="MeanTemperatureCelsius">Mean control temperature, °C.</param>
/// <param name="SetpointCelsius">Most recent set-point, °C.</param>
/// <param name="MinSpeedRpm">Lowest drum speed, rpm.</param>
/// <param name="MaxSpeedRpm">Highest drum speed, rpm.</param>
/// <param name="MeanSpeedRpm">Mean drum speed, rpm.</param>
/// <param name="FaultPoints">Points that reported a fault.</param>
public sealed record TelemetrySummary(
    int RawPoints,
    int ExposurePoints,
    double ExposureMinutes,
    double? MinTemperatureCelsius,
    double? MaxTemperatureCelsius,
    double? MeanTemperatureCelsius,
    double? SetpointCelsius,
    double? MinSpeedRpm,
    double? MaxSpeedRpm,
    double? MeanSpeedRpm,
    int FaultPoints)
{
    /// <summary>Summarizes <paramref name="points"/>.</summary>
    public static TelemetrySummary From(IReadOnlyList<TelemetryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var exposure = points.Where(p => p.ExposureSeconds > 0).ToList();
        var window = exposure.Count > 0 ? exposure : points.ToList();
        var temperatures = window.Where(p => p.ControlTemperatureCelsius is { } t && double.IsFinite(t)).Select(p => p.ControlTemperatureCelsius!.Value).ToList();
        var speeds = window.Select(p => p.DrumSpeedRpm).Where(double.IsFinite).ToList();
        return new TelemetrySummary(
            points.Count,
            window.Count,
            points.Count == 0 ? 0 : points.Max(p => p.ExposureSeconds) / 60.0,
            temperatures.Count == 0 ? null : temperatures.Min(),
            temperatures.Count == 0 ? null : temperatures.Max(),
            temperatures.Count == 0 ? null : temperatures.Average(),
            window.Count == 0 ? null : window[^1].SetpointCelsius,
            speeds.Count == 0 ? null : speeds.Min(),
            speeds.Count == 0 ? null : speeds.Max(),
            speeds.Count == 0 ? null : speeds.Average(),
            points.Count(p => !string.IsNullOrEmpty(p.Fault)));
    }
}
