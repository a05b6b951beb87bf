namespace ChandlerLoop.Host.Web.Telemetry;

/// <summary>One point of a chart series: minutes since the series start and a value in the series' unit.</summary>
/// <param name="Minutes">Time on the x axis, minutes.</param>
/// <param name="Value">Value on the y axis (°C or rpm).</param>
public sealed record ChartPoint(double Minutes, double Value);
