using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Motor;

public class DrumDriveTests
{
    // 200 full steps × 16 microsteps × 3 motor revolutions per drum revolution = 9600 STEP pulses per drum revolution.
    private const double PulsesPerDrumRevolution = 200.0 * 16.0 * 3.0;

    private static readonly PlantParameters NoPullInLimit =
        PlantParameters.Default with { DrumSpeedJumpLimitRpm = double.PositiveInfinity };

    [Theory]
    [InlineData(4800.0, 30.0)]
    [InlineData(160.0, 1.0)]
    [InlineData(9600.0, 60.0)]
    public void Drum_speed_is_step_frequency_over_pulses_per_drum_revolution(double hertz, double rpm)
    {
        var plant = new RigPlant(NoPullInLimit, 1);

        plant.Step(1.0, 0.0, hertz);

        Assert.Equal(rpm, plant.DrumSpeedRpm, 1e-9);
        Assert.Equal(hertz * 60.0 / PulsesPerDrumRevolution, plant.DrumSpeedRpm, 1e-9);
    }

    [Fact]
    public void Hall_pulses_count_magnets_per_drum_revolution()
    {
        var plant = new RigPlant(NoPullInLimit, 1);

        plant.Step(600.0, 0.0, 4800.0); // 10 min at 30 rpm = 300 revolutions

        Assert.Equal(300.0, plant.DrumRevolutions, 1e-6);
        Assert.InRange(plant.DrumPulseCount, (300 * 4) - 1, 300 * 4);
    }

    [Fact]
    public void More_magnets_give_proportionally_more_pulses()
    {
        var plant = new RigPlant(NoPullInLimit with { DrumMagnets = 8 }, 1);

        plant.Step(60.0, 0.0, 4800.0);

        Assert.InRange(plant.DrumPulseCount, (30 * 8) - 1, 30 * 8);
    }

    [Fact]
    public void Ramping_in_small_jumps_keeps_the_motor_in_step()
    {
        var plant = new RigPlant(PlantParameters.Default, 1);
        for (int tick = 1; tick <= 12; tick++)
        {
            plant.Step(0.5, 0.0, Math.Min(tick * 5.0, 30.0) * PulsesPerDrumRevolution / 60.0); // 10 rpm/s at 0.5 s ticks
        }

        Assert.True(plant.IsMotorInSync);
        Assert.Equal(30.0, plant.DrumSpeedRpm, 1e-9);
    }

    [Fact]
    public void Jumping_beyond_the_pull_in_limit_loses_step_until_the_command_returns_to_zero()
    {
        var plant = new RigPlant(PlantParameters.Default, 1); // pull-in limit 15 rpm

        plant.Step(5.0, 0.0, 4800.0); // 0 → 30 rpm in one jump

        Assert.False(plant.IsMotorInSync);
        Assert.Equal(0.0, plant.DrumSpeedRpm);
        Assert.Equal(0, plant.DrumPulseCount);
        Assert.Equal(30.0, plant.CommandedDrumSpeedRpm, 1e-9);

        plant.Step(1.0, 0.0, 0.0);
        plant.Step(5.0, 0.0, 10.0 * PulsesPerDrumRevolution / 60.0);
        Assert.True(plant.IsMotorInSync);
        Assert.Equal(10.0, plant.DrumSpeedRpm, 1e-9);
    }

    [Fact]
    public void Commanding_above_the_pull_out_speed_loses_step()
    {
        var plant = new RigPlant(NoPullInLimit, 1);

        plant.Step(1.0, 0.0, 130.0 * PulsesPerDrumRevolution / 60.0); // above the 120 rpm default

        Assert.False(plant.IsMotorInSync);
        Assert.Equal(0.0, plant.DrumSpeedRpm);
    }

    [Fact]
    public void Stalled_drum_gives_no_pulses_and_stays_out_of_step_after_release_until_stopped()
    {
        var plant = new RigPlant(NoPullInLimit, 1);
        plant.Step(10.0, 0.0, 4800.0);
        long pulsesBeforeStall = plant.DrumPulseCount;
        Assert.True(pulsesBeforeStall > 0);

        plant.InjectMotorStall(true);
        plant.Step(30.0, 0.0, 4800.0);
        Assert.True(plant.IsMotorStalled);
        Assert.Equal(pulsesBeforeStall, plant.DrumPulseCount);
        Assert.Equal(0.0, plant.DrumSpeedRpm);

        plant.InjectMotorStall(false);
        plant.Step(30.0, 0.0, 4800.0);
        Assert.Equal(pulsesBeforeStall, plant.DrumPulseCount);

        plant.Step(0.5, 0.0, 0.0);
        plant.Step(10.0, 0.0, 4800.0);
        Assert.True(plant.DrumPulseCount > pulsesBeforeStall);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Impossible_step_frequencies_are_refused(double hertz)
    {
        var plant = new RigPlant(PlantParameters.Default, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => plant.Step(1.0, 0.0, hertz));

        Assert.Equal("stepFrequencyHz", error.ParamName);
        Assert.Equal(0.0, plant.TimeSeconds);
    }
}
