namespace ChandlerLoop.Control.Rotation
{
    /// <summary>
    /// Drive train and rotation-supervision settings. Defaults match the reference rig (NEMA 17,
    /// 16 microsteps, 20:60 GT2 belt, 4 drum magnets); <see cref="Validate"/> reports the first
    /// setting out of range (nothing is clamped). <see cref="RotationController"/> copies the
    /// values at construction. Formulas and trade-offs: docs/rotation.md.
    /// </summary>
    public sealed class RotationSettings
    {
        /// <summary>Highest STEP frequency the firmware's pulse generator is asked for, Hz.</summary>
        public const double MaximumStepFrequencyHz = 100000.0;

        /// <summary>Full steps per motor revolution. Default 200 (1.8° stepper); allowed 1..100000.</summary>
        public int StepsPerMotorRevolution { get; set; } = 200;

        /// <summary>Driver microsteps per full step. Default 16; allowed 1..256.</summary>
        public int Microsteps { get; set; } = 16;

        /// <summary>Motor revolutions per drum revolution. Default 3.0 (20-tooth to 60-tooth
        /// pulley); allowed 0.01..100.</summary>
        public double GearRatio { get; set; } = 3.0;

        /// <summary>Hall (or encoder) pulses per drum revolution. Default 4; allowed 1..100000.</summary>
        public int PulsesPerDrumRevolution { get; set; } = 4;

        /// <summary>Highest drum speed accepted, rpm. Default 60 (DOMAIN.md hard range 1..60);
        /// allowed 1..200, and its STEP frequency must not exceed
        /// <see cref="MaximumStepFrequencyHz"/>.</summary>
        public double MaximumSpeedRpm { get; set; } = 60.0;

        /// <summary>Ramp rate up and down, rpm per second. Default 10 (0 to 30 rpm in 3 s; at a
        /// 0.5 s tick that is 5 rpm per update, inside a loaded NEMA 17's pull-in margin);
        /// allowed 0.1..1000.</summary>
        public double AccelerationRpmPerSecond { get; set; } = 10.0;

        /// <summary>Window of the reported measured speed, seconds. Default 60 (0.83 %
        /// resolution at 30 rpm with 4 magnets); allowed 1..600.</summary>
        public double MeasurementWindowSeconds { get; set; } = 60.0;

        /// <summary>Shorter window of the speed used for stall detection, seconds. Default 10;
        /// allowed 0.5..120.</summary>
        public double StallWindowSeconds { get; set; } = 10.0;

        /// <summary>Stall detection runs only at or above this commanded speed, rpm. Default 5.
        /// Must be at least the speed that gives 3 pulses per stall window
        /// (3 × 60 / (pulses per revolution × stall window) = 4.5 rpm with the defaults), so that
        /// counting quantisation cannot fake a stall; and at most the maximum speed.</summary>
        public double StallMinimumCommandedRpm { get; set; } = 5.0;

        /// <summary>Stall when the measured speed is below this fraction of the commanded speed.
        /// Default 0.5; allowed 0.1..0.9.</summary>
        public double StallSpeedFraction { get; set; } = 0.5;

        /// <summary>For this long, seconds. Default 2; allowed 0..60.</summary>
        public double StallTimeSeconds { get; set; } = 2.0;

        /// <summary>Pulse counter wrap modulus (e.g. 65536 for a 16-bit counter), or 0 for a
        /// counter that does not wrap. Allowed 0 or 16..2^62.</summary>
        public long CounterModulus { get; set; }

        /// <summary>STEP pulses per drum revolution with these settings (9600 by default).</summary>
        public double StepsPerDrumRevolution
        {
            get { return StepperKinematics.StepsPerDrumRevolution(StepsPerMotorRevolution, Microsteps, GearRatio); }
        }

        /// <summary>Checks each setting and returns the first out of range, or None.</summary>
        public RotationSettingsError Validate()
        {
            if (StepsPerMotorRevolution < 1 || StepsPerMotorRevolution > 100000)
            {
                return RotationSettingsError.StepsPerMotorRevolutionOutOfRange;
            }

            if (Microsteps < 1 || Microsteps > 256)
            {
                return RotationSettingsError.MicrostepsOutOfRange;
            }

            if (!InRange(GearRatio, 0.01, 100.0))
            {
                return RotationSettingsError.GearRatioOutOfRange;
            }

            if (PulsesPerDrumRevolution < 1 || PulsesPerDrumRevolution > 100000)
            {
                return RotationSettingsError.PulsesPerDrumRevolutionOutOfRange;
            }

            if (!InRange(MaximumSpeedRpm, 1.0, 200.0))
            {
                return RotationSettingsError.MaximumSpeedOutOfRange;
            }

            if (StepperKinematics.StepFrequencyHz(MaximumSpeedRpm, StepsPerDrumRevolution) > MaximumStepFrequencyHz)
            {
                return RotationSettingsError.MaximumStepFrequencyExceeded;
            }

            if (!InRange(AccelerationRpmPerSecond, 0.1, 1000.0))
            {
                return RotationSettingsError.AccelerationOutOfRange;
            }

            if (!InRange(MeasurementWindowSeconds, 1.0, 600.0))
            {
                return RotationSettingsError.MeasurementWindowOutOfRange;
            }

            if (!InRange(StallWindowSeconds, 0.5, 120.0))
            {
                return RotationSettingsError.StallWindowOutOfRange;
            }

            double quantisationFloorRpm = 3.0 * 60.0 / (PulsesPerDrumRevolution * StallWindowSeconds);
            if (!InRange(StallMinimumCommandedRpm, quantisationFloorRpm, MaximumSpeedRpm))
            {
                return RotationSettingsError.StallMinimumCommandedSpeedOutOfRange;
            }

            if (!InRange(StallSpeedFraction, 0.1, 0.9))
            {
                return RotationSettingsError.StallSpeedFractionOutOfRange;
            }

            if (!InRange(StallTimeSeconds, 0.0, 60.0))
            {
                return RotationSettingsError.StallTimeOutOfRange;
            }

            if (CounterModulus != 0 && (CounterModulus < 16 || CounterModulus > 4611686018427387904L))
            {
                return RotationSettingsError.CounterModulusOutOfRange;
            }

            return RotationSettingsError.None;
        }

        /// <summary>A sentence for the operator naming the bad setting and its range.</summary>
        public static string Describe(RotationSettingsError error)
        {
            switch (error)
            {
                case RotationSettingsError.None: return "Rotation settings are valid.";
                case RotationSettingsError.StepsPerMotorRevolutionOutOfRange: return "StepsPerMotorRevolution must be between 1 and 100000.";
                case RotationSettingsError.MicrostepsOutOfRange: return "Microsteps must be between 1 and 256.";
                case RotationSettingsError.GearRatioOutOfRange: return "GearRatio (motor revolutions per drum revolution) must be between 0.01 and 100.";
                case RotationSettingsError.PulsesPerDrumRevolutionOutOfRange: return "PulsesPerDrumRevolution must be between 1 and 100000.";
                case RotationSettingsError.MaximumSpeedOutOfRange: return "MaximumSpeedRpm must be between 1 and 200 rpm.";
                case RotationSettingsError.MaximumStepFrequencyExceeded: return "MaximumSpeedRpm needs a STEP frequency above 100 kHz with these steps, microsteps and gear ratio: lower one of them.";
                case RotationSettingsError.AccelerationOutOfRange: return "AccelerationRpmPerSecond must be between 0.1 and 1000 rpm/s.";
                case RotationSettingsError.MeasurementWindowOutOfRange: return "MeasurementWindowSeconds must be between 1 and 600 s.";
                case RotationSettingsError.StallWindowOutOfRange: return "StallWindowSeconds must be between 0.5 and 120 s.";
                case RotationSettingsError.StallMinimumCommandedSpeedOutOfRange: return "StallMinimumCommandedRpm must give at least 3 pulses per stall window (3 x 60 / (pulses per revolution x stall window)) and not exceed MaximumSpeedRpm.";
                case RotationSettingsError.StallSpeedFractionOutOfRange: return "StallSpeedFraction must be between 0.1 and 0.9.";
                case RotationSettingsError.StallTimeOutOfRange: return "StallTimeSeconds must be between 0 and 60 s.";
                case RotationSettingsError.CounterModulusOutOfRange: return "CounterModulus must be 0 (no wrap) or between 16 and 2^62.";
                default: return "Unknown rotation settings error.";
            }
        }

        private static bool InRange(double value, double minimum, double maximum)
        {
            return value >= minimum && value <= maximum;
        }
    }
}
