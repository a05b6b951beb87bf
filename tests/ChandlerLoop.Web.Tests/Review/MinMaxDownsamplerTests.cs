using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Telemetry;

namespace ChandlerLoop.Web.Tests.Review;

/// <summary>The chart downsampling keeps what a reviewer must see: first, last and the extremes, within the budget.</summary>
public sealed class MinMaxDownsamplerTests
{
    private static List<ChartPoint> Wave(int count, Func<int, double> value) =>
        Enumerable.Range(0, count).Select(i => new ChartPoint(i / 60.0, value(i))).ToList();

    [Fact]
    public void Fewer_points_than_asked_are_returned_unchanged()
    {
        var points = Wave(10, i => i);
        Assert.Same(points, MinMaxDownsampler.Downsample(points, 1000));
    }

    [Theory]
    [InlineData(14_400, 1000)]
    [InlineData(14_400, 999)]
    [InlineData(1001, 1000)]
    [InlineData(5, 4)]
    [InlineData(100, 1)]
    public void Never_more_points_than_asked(int count, int budget)
    {
        var result = MinMaxDownsampler.Downsample(Wave(count, i => Math.Sin(i / 7.0)), budget);
        Assert.True(result.Count <= Math.Max(budget, MinMaxDownsampler.MinimumPoints), "points: " + result.Count);
        Assert.True(result.Count >= 3);
    }

    [Fact]
    public void First_and_last_points_are_kept()
    {
        var points = Wave(14_400, i => 37 + Math.Sin(i / 30.0) * 0.1);
        var result = MinMaxDownsampler.Downsample(points, 1000);
        Assert.Equal(points[0], result[0]);
        Assert.Equal(points[^1], result[^1]);
    }

    [Fact]
    public void A_one_second_spike_and_dip_survive()
    {
        var points = Wave(14_400, i => i == 7_777 ? 39.5 : i == 1_234 ? 35.1 : 37.0);
        var result = MinMaxDownsampler.Downsample(points, 1000);
        Assert.Contains(points[7_777], result);
        Assert.Contains(points[1_234], result);
        Assert.Equal(39.5, result.Max(p => p.Value));
        Assert.Equal(35.1, result.Min(p => p.Value));
    }

    [Fact]
    public void Points_stay_in_time_order()
    {
        var result = MinMaxDownsampler.Downsample(Wave(14_400, i => Math.Cos(i / 13.0)), 1000);
        for (var i = 1; i < result.Count; i++)
        {
            Assert.True(result[i].Minutes > result[i - 1].Minutes);
        }
    }

    [Fact]
    public void Telemetry_series_are_reduced_per_series_and_skip_missing_temperatures()
    {
        var points = Enumerable.Range(0, 14_400).Select(i => new TelemetryPoint
        {
            Sequence = i,
            TimeSinceBootSeconds = 100 + i,
            ControlTemperatureCelsius = i == 5 ? null : 37 + (i % 50) / 100.0,
            SetpointCelsius = 37,
            DrumSpeedRpm = 30 + (i % 3),
        }).ToList();
        var series = TelemetrySeries.From(points);
        Assert.Equal(14_400, series.RawPoints);
        Assert.InRange(series.TemperatureCelsius.Count, 3, TelemetrySeries.MaxPointsPerSeries);
        Assert.InRange(series.DrumSpeedRpm.Count, 3, TelemetrySeries.MaxPointsPerSeries);
        Assert.Equal(0, series.TemperatureCelsius[0].Minutes);
        Assert.Equal(14_399 / 60.0, series.DrumSpeedRpm[^1].Minutes, 6);
        Assert.Equal(32, series.DrumSpeedRpm.Max(p => p.Value));

        var naive = TelemetrySeries.From(points, 0);
        Assert.Equal(14_399, naive.TemperatureCelsius.Count);
        Assert.Equal(14_400, naive.SetpointCelsius.Count);
    }
}
