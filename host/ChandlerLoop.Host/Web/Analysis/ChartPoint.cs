namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>One plotted point: x (dose or TF %), y (the value or its bound) and whether y is only a bound.</summary>
/// <param name="X">X value (dose in cells/mL, or TF-positive %).</param>
/// <param name="Y">Y value; for a bounded value the bound itself.</param>
/// <param name="Qualifier">"≤", "≥" or "" for an exact value.</param>
/// <param name="Label">What the point is, e.g. "R-20261122-01 loop 2".</param>
public sealed record ChartPoint(double X, double Y, string Qualifier, string Label);
