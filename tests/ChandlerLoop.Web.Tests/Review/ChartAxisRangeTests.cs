using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Telemetry;

namespace ChandlerLoop.Web.Tests.Review;

/// <summary>The review chart's temperature axis fits the data, so ±0.1 °C around 37 °C is visible.</summary>
public sealed class ChartAxisRangeTests
{
    [Fact]
    public void A_run_held_near_37_gets_a_narrow_axis_with_tenths()
    {
        var axis = ChartAxisRange.For([36.95, 37.02, 37.08], minimumSpan: 0.5)!;
        Assert.Equal(0.1, axis.Step, 9);
        Assert.Equal(36.7, axis.Min, 9);
        Assert.Equal(37.3, axis.Max, 9);
        Assert.Equal("37.1", axis.Format(37.1));
    }

    [Fact]
    public void A_cool_down_widens_the_axis_to_whole_multiples_of_a_nice_step()
    {
        var axis = ChartAxisRange.For([36.17, 37.05, 37.0], minimumSpan: 0.5)!;
        Assert.Equal(0.2, axis.Step, 9);
        Assert.Equal(36.0, axis.Min, 9);
        Assert.Equal(37.2, axis.Max, 9);
    }

    [Fact]
    public void A_prewarm_from_room_temperature_is_shown_whole()
    {
        var axis = ChartAxisRange.For([22.4, 30, 37.1], minimumSpan: 0.5)!;
        Assert.True(axis.Min <= 22.4 && axis.Max >= 37.1, axis.ToString());
        Assert.Equal(2.5, axis.Step, 9);
        Assert.Equal("22.5", axis.Format(22.5)); // a 2.5 step needs its decimal on every label
    }

    [Fact]
    public void No_finite_value_gives_no_axis()
    {
        Assert.Null(ChartAxisRange.For([double.NaN], 0.5));
        Assert.Null(ChartAxisRange.For([], 0.5));
    }

    [Fact]
    public void The_set_point_series_leaves_out_the_heater_off_zero()
    {
        var points = Enumerable.Range(0, 10).Select(i => new TelemetryPoint
        {
            Sequence = i + 1, TimeSinceBootSeconds = i, ControlTemperatureCelsius = 37, SetpointCelsius = i < 6 ? 37 : 0, DrumSpeedRpm = 30,
        }).ToList();
        var series = TelemetrySeries.From(points);
        Assert.Equal(6, series.SetpointCelsius.Count);
        Assert.All(series.SetpointCelsius, p => Assert.Equal(37, p.Value));
        Assert.Equal(10, series.TemperatureCelsius.Count);
    }
}
