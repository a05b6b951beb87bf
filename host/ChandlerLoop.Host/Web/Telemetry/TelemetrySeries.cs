using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Telemetry;

/// <summary>
/// The whole-run chart series of a run's telemetry (temperature, set-point, drum speed), each reduced by
/// <see cref="MinMaxDownsampler"/> to at most <see cref="MaxPointsPerSeries"/> points for display. The raw
/// points stay in the database and in the exports.
/// </summary>
public sealed class TelemetrySeries
{
    /// <summary>The display budget per series.</summary>
    public const int MaxPointsPerSeries = 1000;

    private TelemetrySeries(int rawPoints, IReadOnlyList<ChartPoint> temperature, IReadOnlyList<ChartPoint> setpoint, IReadOnlyList<ChartPoint> speed)
    {
        RawPoints = rawPoints;
        TemperatureCelsius = temperature;
        SetpointCelsius = setpoint;
        DrumSpeedRpm = speed;
    }

    /// <summary>Telemetry points of the run in the database.</summary>
    public int RawPoints { get; }

    /// <summary>Control temperature, °C, against minutes since the first point (points without a reading are left out).</summary>
    public IReadOnlyList<ChartPoint> TemperatureCelsius { get; }

    /// <summary>Temperature set-point, °C, while the rig regulates (a set-point of 0 °C, heater off, is left out).</summary>
    public IReadOnlyList<ChartPoint> SetpointCelsius { get; }

    /// <summary>Drum speed, rpm.</summary>
    public IReadOnlyList<ChartPoint> DrumSpeedRpm { get; }

    /// <summary>Points shown over all series.</summary>
    public int PointsShown => TemperatureCelsius.Count + SetpointCelsius.Count + DrumSpeedRpm.Count;

    /// <summary>
    /// Builds the series from points in sequence order; <paramref name="maxPointsPerSeries"/> of 0 or less
    /// keeps every raw point (the benchmark's naive baseline).
    /// </summary>
    public static TelemetrySeries From(IReadOnlyList<TelemetryPoint> points, int maxPointsPerSeries = MaxPointsPerSeries)
    {
        ArgumentNullException.ThrowIfNull(points);
        var start = points.Count == 0 ? 0 : points[0].TimeSinceBootSeconds;
        List<ChartPoint> Series(Func<TelemetryPoint, double?> value)
        {
            var series = new List<ChartPoint>(points.Count);
            foreach (var point in points)
            {
                if (value(point) is { } v && double.IsFinite(v))
                {
                    series.Add(new ChartPoint((point.TimeSinceBootSeconds - start) / 60.0, v));
                }
            }

            return series;
        }

        IReadOnlyList<ChartPoint> Reduce(List<ChartPoint> series) => maxPointsPerSeries <= 0 ? series : MinMaxDownsampler.Downsample(series, maxPointsPerSeries);
        return new TelemetrySeries(points.Count,
            Reduce(Series(p => p.ControlTemperatureCelsius)),
            Reduce(Series(p => p.SetpointCelsius is > 0 ? p.SetpointCelsius : null)),
            Reduce(Series(p => p.DrumSpeedRpm)));
    }
}
