using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Safety;

public class HeatingFailureDetectorTests
{
    // Defaults: duty >= 0.6 for 240 s must lift the temperature 0.2 °C above the window minimum.
    private static HeatingFailureDetector Create() => new(0.6, 240.0, 0.2);

    [Fact]
    public void Flat_temperature_at_full_duty_fails_after_one_window_and_not_before()
    {
        var detector = Create();
        for (double t = 0.0; t < 240.0; t += 0.5)
        {
            Assert.False(detector.Update(t, 1.0, 37.0));
        }

        Assert.True(detector.Update(240.0, 1.0, 37.0));
        Assert.Equal(240.0, detector.EpisodeSeconds);
        Assert.Equal(0.0, detector.RiseCelsius);
    }

    [Fact]
    public void Heating_at_the_physical_rate_never_fails()
    {
        // 150 W into about 18.7 kJ/K is 0.0080 K/s; use half of that to allow for losses.
        var detector = Create();
        for (double t = 0.0; t < 3600.0; t += 0.5)
        {
            Assert.False(detector.Update(t, 1.0, 22.0 + 0.0042 * t));
        }
    }

    [Fact]
    public void A_dip_from_cold_loading_followed_by_recovery_does_not_fail()
    {
        // The bath drops 0.3 °C over 90 s, then rises at 0.005 K/s while the duty stays high.
        var detector = Create();
        for (double t = 0.0; t < 600.0; t += 0.5)
        {
            double temperature = t < 90.0 ? 37.0 - 0.3 * t / 90.0 : 36.7 + 0.005 * (t - 90.0);
            Assert.False(detector.Update(t, 0.9, temperature));
        }
    }

    [Fact]
    public void Heater_dying_in_the_middle_of_a_heat_up_is_caught_within_a_window_after_it_stops_heating()
    {
        var detector = Create();
        double failedAt = 1200.0;
        double detectedAt = double.NaN;
        for (double t = 0.0; t < 3000.0; t += 0.5)
        {
            double temperature = t < failedAt ? 22.0 + 0.007 * t : 22.0 + 0.007 * failedAt - 0.001 * (t - failedAt);
            if (detector.Update(t, 1.0, temperature))
            {
                detectedAt = t;
                break;
            }
        }

        // The window minimum comes from the rising part until that part leaves the window: with a
        // window span W' between 7/8 and 8/8 of 240 s the rise drops below 0.2 °C once
        // 0.007·(W' − x) − 0.001·x < 0.2, i.e. x between 159 s and 185 s after the failure; and
        // it must never take longer than one window.
        Assert.InRange(detectedAt - failedAt, 158.0, 186.0);
    }

    [Fact]
    public void Duty_below_the_threshold_ends_the_episode()
    {
        var detector = Create();
        for (double t = 0.0; t < 200.0; t += 0.5)
        {
            detector.Update(t, 1.0, 37.0);
        }

        Assert.False(detector.Update(200.0, 0.5, 37.0));
        Assert.False(detector.IsActive);
        for (double t = 200.5; t < 440.0; t += 0.5)
        {
            Assert.False(detector.Update(t, 1.0, 37.0));
        }
    }

    [Fact]
    public void A_nan_temperature_ends_the_episode()
    {
        var detector = Create();
        detector.Update(0.0, 1.0, 37.0);
        detector.Update(0.5, 1.0, double.NaN);
        Assert.False(detector.IsActive);
    }
}
