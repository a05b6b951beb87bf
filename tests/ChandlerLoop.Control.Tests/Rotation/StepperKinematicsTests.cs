using ChandlerLoop.Control.Rotation;

namespace ChandlerLoop.Control.Tests.Rotation;

public class StepperKinematicsTests
{
    [Fact]
    public void Thirty_rpm_with_200_steps_16_microsteps_and_a_3_to_1_belt_is_4800_Hz()
    {
        double stepsPerRevolution = StepperKinematics.StepsPerDrumRevolution(200, 16, 3.0);
        Assert.Equal(9600.0, stepsPerRevolution);
        // 30 rev/min = 0.5 rev/s; 0.5 × 9600 = 4800 STEP pulses per second.
        Assert.Equal(4800.0, StepperKinematics.StepFrequencyHz(30.0, stepsPerRevolution), 9);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(30.0)]
    [InlineData(60.0)]
    public void Frequency_and_rpm_are_inverse(double rpm)
    {
        double steps = StepperKinematics.StepsPerDrumRevolution(200, 8, 2.5);
        Assert.Equal(rpm, StepperKinematics.DrumRpm(StepperKinematics.StepFrequencyHz(rpm, steps), steps), 9);
    }
}
