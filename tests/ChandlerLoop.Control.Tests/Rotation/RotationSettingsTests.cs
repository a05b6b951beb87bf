using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class RotationSettingsTests
{
    [Fact]
    public void Defaults_are_valid_and_give_9600_steps_per_drum_revolution()
    {
        var settings = new RotationSettings();
        Assert.Equal(RotationSettingsError.None, settings.Validate());
        Assert.Equal(9600.0, settings.StepsPerDrumRevolution);
    }

    [Fact]
    public void Stall_minimum_speed_must_give_three_pulses_per_stall_window()
    {
        // 3 × 60 / (4 × 10 s) = 4.5 rpm.
        Assert.Equal(RotationSettingsError.StallMinimumCommandedSpeedOutOfRange,
            new RotationSettings { StallMinimumCommandedRpm = 4.4 }.Validate());
        Assert.Equal(RotationSettingsError.None, new RotationSettings { StallMinimumCommandedRpm = 4.5 }.Validate());
    }

    [Fact]
    public void Settings_out_of_range_are_reported()
    {
        Assert.Equal(RotationSettingsError.GearRatioOutOfRange, new RotationSettings { GearRatio = double.NaN }.Validate());
        Assert.Equal(RotationSettingsError.MicrostepsOutOfRange, new RotationSettings { Microsteps = 0 }.Validate());
        Assert.Equal(RotationSettingsError.MaximumStepFrequencyExceeded,
            new RotationSettings { Microsteps = 256, GearRatio = 10.0 }.Validate());
        Assert.Equal(RotationSettingsError.CounterModulusOutOfRange, new RotationSettings { CounterModulus = 3 }.Validate());
        Assert.Equal(RotationSettingsError.AccelerationOutOfRange, new RotationSettings { AccelerationRpmPerSecond = 0 }.Validate());
    }

    [Fact]
    public void Controller_refuses_invalid_settings_naming_the_setting()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RotationController(new RotationSettings { GearRatio = -1 }));
        Assert.Contains("GearRatio", exception.Message);
    }
}
