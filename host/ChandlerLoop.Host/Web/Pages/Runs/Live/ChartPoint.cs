namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>One point of one chart series.</summary>
/// <param name="Minutes">x: minutes from the chart's reference time.</param>
/// <param name="Value">y, in the series' unit.</param>
public sealed record ChartPoint(double Minutes, double Value);
