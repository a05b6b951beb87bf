namespace ChandlerLoop.Host.Web.Telemetry;

/// <summary>
/// Reduces a time series for display by min/max per bucket: the first and last points are kept, the
/// points between are cut into equal-count buckets and each bucket keeps its lowest and highest point
/// (in time order). Extremes therefore survive (an excursion never disappears from the chart), and the
/// result never holds more than the points asked for. Input must be in time order.
/// </summary>
internal static class MinMaxDownsampler
{
    /// <summary>The smallest budget that still keeps first, last and one bucket's min and max.</summary>
    public const int MinimumPoints = 4;

    /// <summary>
    /// At most <paramref name="maxPoints"/> points of <paramref name="points"/> (all of them when they fit);
    /// <paramref name="maxPoints"/> below <see cref="MinimumPoints"/> is raised to it.
    /// </summary>
    public static IReadOnlyList<ChartPoint> Downsample(IReadOnlyList<ChartPoint> points, int maxPoints)
    {
        ArgumentNullException.ThrowIfNull(points);
        maxPoints = Math.Max(maxPoints, MinimumPoints);
        if (points.Count <= maxPoints)
        {
            return points;
        }

        var inner = points.Count - 2;
        var buckets = (maxPoints - 2) / 2;
        var result = new List<ChartPoint>(maxPoints) { points[0] };
        for (var b = 0; b < buckets; b++)
        {
            var start = 1 + (int)((long)b * inner / buckets);
            var end = 1 + (int)((long)(b + 1) * inner / buckets);
            if (end <= start)
            {
                continue;
            }

            var min = start;
            var max = start;
            for (var i = start + 1; i < end; i++)
            {
                if (points[i].Value < points[min].Value)
                {
                    min = i;
                }

                if (points[i].Value > points[max].Value)
                {
                    max = i;
                }
            }

            result.Add(points[Math.Min(min, max)]);
            if (min != max)
            {
                result.Add(points[Math.Max(min, max)]);
            }
        }

        result.Add(points[^1]);
        return result;
    }
}
