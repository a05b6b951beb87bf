namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>A named series of points, ordered by x.</summary>
/// <param name="Name">Series name (product or donor).</param>
/// <param name="Points">The points.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
