namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// What a <see cref="RelayAutotuner"/> measured, the plant model it identified and the gains it
    /// recommends. Filled in place when the autotune completes (no allocation on the tick path);
    /// <see cref="Complete"/> is false before that.
    /// </summary>
    public sealed class AutotuneResult
    {
        /// <summary>True once the autotune completed and every value below is meaningful.</summary>
        public bool Complete { get; private set; }

        /// <summary>Relay cycles averaged (after the settling cycles).</summary>
        public int CyclesMeasured { get; private set; }

        /// <summary>Oscillation amplitude a (half of peak-to-peak) of the measurement, °C.</summary>
        public double AmplitudeCelsius { get; private set; }

        /// <summary>Oscillation period (trough to trough), seconds: Pu.</summary>
        public double PeriodSeconds { get; private set; }

        /// <summary>Relay low level during the measured cycles, duty.</summary>
        public double RelayLowDutyCycle { get; private set; }

        /// <summary>Relay high level during the measured cycles, duty.</summary>
        public double RelayHighDutyCycle { get; private set; }

        /// <summary>Ultimate gain from the describing function, Ku = 4d/(π·a), d = (high − low)/2;
        /// duty per °C.</summary>
        public double UltimateGainDutyPerCelsius { get; private set; }

        /// <summary>Identified integrating gain K: rate of rise per unit of duty above the holding
        /// duty, °C/s per duty (for the bath: heater power / heat capacity).</summary>
        public double PlantGainCelsiusPerSecondPerDuty { get; private set; }

        /// <summary>True when K came from the full-power approach ramp (rate through the window
        /// target − 1.0 … target − 0.25 °C divided by High − holding duty; needs a start at least
        /// 2 °C below the target); false when it came from the describing function,
        /// K = ω·π·a/(4·d) with ω = 2π/Pu (integrator assumption, less accurate).</summary>
        public bool PlantGainFromRamp { get; private set; }

        /// <summary>Identified apparent dead time L (heater and sensor lags lumped), seconds.</summary>
        public double DeadTimeSeconds { get; private set; }

        /// <summary>Duty that holds the target against the losses (mean relay duty), 0..1.</summary>
        public double HoldingDutyCycle { get; private set; }

        /// <summary>Duration of the whole autotune, seconds.</summary>
        public double DurationSeconds { get; private set; }

        /// <summary>Recommended Kp (<see cref="IntegratingProcessTuning"/>), duty per °C.</summary>
        public double ProportionalDutyPerCelsius { get; private set; }

        /// <summary>Recommended Ki, duty per °C·s.</summary>
        public double IntegralDutyPerCelsiusSecond { get; private set; }

        /// <summary>Recommended Kd, duty·s per °C.</summary>
        public double DerivativeDutySecondsPerCelsius { get; private set; }

        /// <summary>Recommended derivative filter time constant, seconds.</summary>
        public double DerivativeFilterSeconds { get; private set; }

        /// <summary>Recommended integral band, °C.</summary>
        public double IntegralBandCelsius { get; private set; }

        /// <summary>Builds the recommended <see cref="PidGains"/> (allocates: call once, not per tick),
        /// with the identified holding duty as feed-forward. Returns null when not Complete.</summary>
        public PidGains ToPidGains(double maxDutyCycle)
        {
            if (!Complete)
            {
                return null;
            }

            double hold = HoldingDutyCycle > maxDutyCycle ? maxDutyCycle : HoldingDutyCycle;
            return new PidGains(ProportionalDutyPerCelsius, IntegralDutyPerCelsiusSecond,
                DerivativeDutySecondsPerCelsius, DerivativeFilterSeconds, maxDutyCycle, hold, IntegralBandCelsius);
        }

        internal void Clear()
        {
            Complete = false;
            CyclesMeasured = 0;
            AmplitudeCelsius = 0.0;
            PeriodSeconds = 0.0;
            RelayLowDutyCycle = 0.0;
            RelayHighDutyCycle = 0.0;
            UltimateGainDutyPerCelsius = 0.0;
            PlantGainCelsiusPerSecondPerDuty = 0.0;
            PlantGainFromRamp = false;
            DeadTimeSeconds = 0.0;
            HoldingDutyCycle = 0.0;
            DurationSeconds = 0.0;
            ProportionalDutyPerCelsius = 0.0;
            IntegralDutyPerCelsiusSecond = 0.0;
            DerivativeDutySecondsPerCelsius = 0.0;
            DerivativeFilterSeconds = 0.0;
            IntegralBandCelsius = 0.0;
        }

        internal void Set(int cycles, double amplitudeCelsius, double periodSeconds, double lowDuty, double highDuty,
            double ultimateGain, double plantGain, bool plantGainFromRamp, double deadTimeSeconds, double holdingDuty, double durationSeconds)
        {
            CyclesMeasured = cycles;
            AmplitudeCelsius = amplitudeCelsius;
            PeriodSeconds = periodSeconds;
            RelayLowDutyCycle = lowDuty;
            RelayHighDutyCycle = highDuty;
            UltimateGainDutyPerCelsius = ultimateGain;
            PlantGainCelsiusPerSecondPerDuty = plantGain;
            PlantGainFromRamp = plantGainFromRamp;
            DeadTimeSeconds = deadTimeSeconds;
            HoldingDutyCycle = holdingDuty;
            DurationSeconds = durationSeconds;
            ProportionalDutyPerCelsius = IntegratingProcessTuning.ProportionalDutyPerCelsius(plantGain, deadTimeSeconds);
            IntegralDutyPerCelsiusSecond = IntegratingProcessTuning.IntegralDutyPerCelsiusSecond(plantGain, deadTimeSeconds);
            DerivativeDutySecondsPerCelsius = IntegratingProcessTuning.DerivativeDutySecondsPerCelsius(plantGain, deadTimeSeconds);
            DerivativeFilterSeconds = IntegratingProcessTuning.DerivativeFilterSeconds(deadTimeSeconds);
            IntegralBandCelsius = IntegratingProcessTuning.IntegralBandCelsius(amplitudeCelsius);
            Complete = true;
        }
    }
}
