namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>
/// Reduces a time-ordered series to at most a given number of points for drawing: consecutive points
/// are grouped into equal-sized buckets and each bucket becomes its mean (the temperature mean skips
/// missing readings). Short series are returned unchanged.
/// </summary>
public static class TelemetryDownsampler
{
    /// <summary>Most points a chart draws.</summary>
    public const int DefaultMaximumPoints = 600;

    /// <summary>At most <paramref name="maximumPoints"/> rows, in order.</summary>
    public static IReadOnlyList<TelemetryChartRow> Downsample(IReadOnlyList<TelemetryChartRow> rows, int maximumPoints = DefaultMaximumPoints)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumPoints, 1);
        if (rows.Count <= maximumPoints)
        {
            return rows;
        }

        var bucketSize = (int)Math.Ceiling(rows.Count / (double)maximumPoints);
        var result = new List<TelemetryChartRow>(maximumPoints);
        for (var start = 0; start < rows.Count; start += bucketSize)
        {
            var count = Math.Min(bucketSize, rows.Count - start);
            result.Add(Mean(rows, start, count));
        }

        return result;
    }

    private static TelemetryChartRow Mean(IReadOnlyList<TelemetryChartRow> rows, int start, int count)
    {
        double minutes = 0, setpoint = 0, duty = 0, speed = 0, speedSetpoint = 0, temperature = 0;
        var temperatures = 0;
        for (var i = start; i < start + count; i++)
        {
            var row = rows[i];
            minutes += row.Minutes;
            setpoint += row.SetpointCelsius;
            duty += row.HeaterDutyPercent;
            speed += row.SpeedRpm;
            speedSetpoint += row.SpeedSetpointRpm;
            if (row.TemperatureCelsius is { } t)
            {
                temperature += t;
                temperatures++;
            }
        }

        return new TelemetryChartRow(minutes / count, temperatures == 0 ? null : temperature / temperatures,
            setpoint / count, duty / count, speed / count, speedSetpoint / count);
    }
}
