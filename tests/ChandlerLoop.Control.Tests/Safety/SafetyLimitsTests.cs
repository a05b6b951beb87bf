using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Safety;

public class SafetyLimitsTests
{
    [Fact]
    public void Defaults_are_valid_with_the_documented_limit_of_39_degrees()
    {
        var limits = new SafetyLimits();
        Assert.Equal(SafetyLimitsError.None, limits.Validate());
        Assert.Equal(39.0, limits.OverTemperatureLimitCelsius);
        Assert.Equal(2.0, limits.ControlSensorStaleSeconds, 9);
        Assert.Equal(5.0, limits.SafetySensorStaleSeconds, 9);
    }

    [Theory]
    [InlineData(42.0, SafetyLimitsError.None)]
    [InlineData(42.01, SafetyLimitsError.OverTemperatureLimitOutOfRange)]
    [InlineData(60.0, SafetyLimitsError.OverTemperatureLimitOutOfRange)]
    [InlineData(20.0, SafetyLimitsError.OverTemperatureLimitOutOfRange)]
    [InlineData(double.NaN, SafetyLimitsError.OverTemperatureLimitOutOfRange)]
    public void Over_temperature_limit_above_42_or_nonsense_is_refused_not_clamped(double limit, SafetyLimitsError expected)
    {
        var limits = new SafetyLimits { OverTemperatureLimitCelsius = limit };
        Assert.Equal(expected, limits.Validate());
        Assert.Equal(limit, limits.OverTemperatureLimitCelsius);
    }

    [Fact]
    public void Maximum_plausible_reading_must_keep_the_DS18B20_power_on_value_85_invalid()
    {
        Assert.Equal(SafetyLimitsError.MaximumPlausibleOutOfRange,
            new SafetyLimits { MaximumPlausibleCelsius = 85.0 }.Validate());
        Assert.Equal(SafetyLimitsError.MaximumPlausibleOutOfRange,
            new SafetyLimits { MaximumPlausibleCelsius = 39.5 }.Validate());
    }

    [Fact]
    public void Each_setting_is_range_checked()
    {
        Assert.Equal(SafetyLimitsError.ControlSensorStalePeriodsOutOfRange, new SafetyLimits { ControlSensorStalePeriods = 0 }.Validate());
        Assert.Equal(SafetyLimitsError.ControlLoopDeadlineOutOfRange, new SafetyLimits { ControlLoopDeadlineSeconds = 0.5 }.Validate());
        Assert.Equal(SafetyLimitsError.SensorDisagreementLimitOutOfRange, new SafetyLimits { SensorDisagreementLimitCelsius = double.NaN }.Validate());
        Assert.Equal(SafetyLimitsError.HeatingCheckDutyThresholdOutOfRange, new SafetyLimits { HeatingCheckDutyThreshold = 0.1 }.Validate());
        Assert.Equal(SafetyLimitsError.HeatingCheckWindowOutOfRange, new SafetyLimits { HeatingCheckWindowSeconds = -1 }.Validate());
        Assert.Equal(SafetyLimitsError.SetpointMarginOutOfRange, new SafetyLimits { SetpointMarginCelsius = 0 }.Validate());
    }

    [Fact]
    public void Supervisor_refuses_invalid_limits_with_a_message_naming_the_setting()
    {
        var limits = new SafetyLimits { OverTemperatureLimitCelsius = 45.0 };
        var exception = Assert.Throws<ArgumentException>(() => new SafetySupervisor(limits));
        Assert.Contains("OverTemperatureLimitCelsius", exception.Message);
        Assert.Contains("42", exception.Message);
    }

    [Fact]
    public void Every_error_has_its_own_description()
    {
        var seen = new HashSet<string>();
        foreach (SafetyLimitsError error in Enum.GetValues<SafetyLimitsError>())
        {
            Assert.True(seen.Add(SafetyLimits.Describe(error)), $"duplicate description for {error}");
        }
    }
}
