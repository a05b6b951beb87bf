using ChandlerLoop.Host.Web.Pages.Runs.Live;

namespace ChandlerLoop.Web.Tests.Live;

/// <summary>Downsampling of the chart window.</summary>
public sealed class TelemetryDownsamplerTests
{
    [Fact]
    public void A_short_series_is_returned_unchanged()
    {
        var rows = Rows(10);
        Assert.Same(rows, TelemetryDownsampler.Downsample(rows, 600));
    }

    [Fact]
    public void A_long_series_becomes_at_most_the_maximum_in_time_order()
    {
        var result = TelemetryDownsampler.Downsample(Rows(1801), 600);
        Assert.True(result.Count <= 600, "points: " + result.Count);
        Assert.True(result.Count >= 450, "points: " + result.Count);
        Assert.Equal(result.OrderBy(r => r.Minutes), result);
    }

    [Fact]
    public void Each_bucket_is_the_mean_of_its_points_and_missing_temperatures_are_skipped()
    {
        var rows = new List<TelemetryChartRow>
        {
            new(0, 36.0, 37, 10, 29, 30),
            new(1, null, 37, 30, 31, 30),
            new(2, 37.0, 37, 50, 30, 30),
            new(3, null, 37, 70, 30, 30),
        };
        var result = TelemetryDownsampler.Downsample(rows, 2);
        Assert.Equal(2, result.Count);
        Assert.Equal(0.5, result[0].Minutes, 9);
        Assert.Equal(36.0, result[0].TemperatureCelsius!.Value, 9);
        Assert.Equal(20, result[0].HeaterDutyPercent, 9);
        Assert.Equal(30, result[0].SpeedRpm, 9);
        Assert.Equal(37.0, result[1].TemperatureCelsius!.Value, 9);
    }

    [Fact]
    public void A_bucket_without_any_temperature_has_none()
    {
        var rows = new List<TelemetryChartRow> { new(0, null, 37, 0, 0, 0), new(1, null, 37, 0, 0, 0), new(2, 37, 37, 0, 0, 0) };
        Assert.Null(TelemetryDownsampler.Downsample(rows, 2)[0].TemperatureCelsius);
    }

    private static List<TelemetryChartRow> Rows(int count) =>
        Enumerable.Range(0, count).Select(i => new TelemetryChartRow(i / 60.0, 37 + (i % 7) * 0.01, 37, 40, 30, 30)).ToList();
}
