namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Drum speed ↔ stepper STEP frequency. One drum revolution takes
    /// steps per motor revolution × microsteps × gear ratio STEP pulses (gear ratio = motor
    /// revolutions per drum revolution), so f [Hz] = rpm / 60 × steps × microsteps × gear.
    /// With the defaults (200 full steps, 16 microsteps, 3:1 belt) 30 rpm is 4800 Hz.
    /// </summary>
    public static class StepperKinematics
    {
        /// <summary>STEP pulses per drum revolution.</summary>
        public static double StepsPerDrumRevolution(int stepsPerMotorRevolution, int microsteps, double gearRatio)
        {
            return stepsPerMotorRevolution * (double)microsteps * gearRatio;
        }

        /// <summary>STEP frequency in Hz for a drum speed in rpm.</summary>
        public static double StepFrequencyHz(double drumRpm, double stepsPerDrumRevolution)
        {
            return drumRpm / 60.0 * stepsPerDrumRevolution;
        }

        /// <summary>Drum speed in rpm for a STEP frequency in Hz.</summary>
        public static double DrumRpm(double stepFrequencyHz, double stepsPerDrumRevolution)
        {
            return stepFrequencyHz * 60.0 / stepsPerDrumRevolution;
        }
    }
}
