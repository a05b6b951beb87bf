using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Temperature;

public class BangBangControllerTests
{
    [Fact]
    public void Heats_below_the_band_and_keeps_heating_inside_it()
    {
        var thermostat = new BangBangController(0.1, 0.9);

        Assert.Equal(0.9, thermostat.Update(0.5, 36.85, 37.0));
        Assert.Equal(0.9, thermostat.Update(0.5, 37.05, 37.0)); // inside the band: still heating
        Assert.Equal(0.0, thermostat.Update(0.5, 37.11, 37.0)); // above target + 0.1: off
    }

    [Fact]
    public void Stays_off_inside_the_band_until_it_falls_below_it()
    {
        var thermostat = new BangBangController(0.1, 1.0);
        thermostat.Update(0.5, 37.2, 37.0);

        Assert.Equal(0.0, thermostat.Update(0.5, 36.95, 37.0));
        Assert.Equal(0.0, thermostat.Update(0.5, 36.91, 37.0));
        Assert.Equal(1.0, thermostat.Update(0.5, 36.89, 37.0));
    }

    [Fact]
    public void Starts_inside_the_band_by_comparing_with_the_target()
    {
        Assert.Equal(1.0, new BangBangController(0.1, 1.0).Update(0.5, 36.95, 37.0));
        Assert.Equal(0.0, new BangBangController(0.1, 1.0).Update(0.5, 37.05, 37.0));
    }

    [Fact]
    public void Invalid_reading_switches_off()
    {
        var thermostat = new BangBangController(0.1, 1.0);
        thermostat.Update(0.5, 30.0, 37.0);

        Assert.Equal(0.0, thermostat.Update(0.5, double.NaN, 37.0));
        Assert.False(thermostat.Heating);
    }

    [Fact]
    public void Invalid_elapsed_time_keeps_the_previous_output()
    {
        var thermostat = new BangBangController(0.1, 1.0);
        thermostat.Update(0.5, 30.0, 37.0);

        Assert.Equal(1.0, thermostat.Update(double.NaN, 40.0, 37.0));
        Assert.Equal(1.0, thermostat.Update(0.0, 40.0, 37.0));
    }

    [Fact]
    public void Reset_continues_the_current_state_inside_the_band()
    {
        var thermostat = new BangBangController(0.1, 1.0);

        thermostat.Reset(37.0, 37.0, 0.3);

        Assert.Equal(1.0, thermostat.Update(0.5, 37.05, 37.0));
    }

    [Theory]
    [InlineData(-0.1, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, 1.2)]
    public void Nonsense_settings_are_refused(double hysteresis, double onDuty)
    {
        Assert.Throws<ArgumentException>(() => new BangBangController(hysteresis, onDuty));
    }
}
