namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Gains of <see cref="PidController"/>, in the units of a heater duty cycle (0..1) per
    /// temperature quantity. Immutable; check with <see cref="Validate"/> (the PidController
    /// constructor refuses invalid gains with an ArgumentException naming the gain).
    /// <para>duty = HoldingDutyCycle + Kp·e + Ki·∫e dt − Kd·d(measured)/dt, e = target − measured,
    /// clamped to [0, MaxDutyCycle].</para>
    /// </summary>
    public sealed class PidGains
    {
        /// <summary>Creates gains without feed-forward (HoldingDutyCycle 0) and with the integral
        /// active at any error (IntegralBandCelsius = +∞).</summary>
        public PidGains(double proportionalDutyPerCelsius, double integralDutyPerCelsiusSecond,
            double derivativeDutySecondsPerCelsius, double derivativeFilterSeconds, double maxDutyCycle)
            : this(proportionalDutyPerCelsius, integralDutyPerCelsiusSecond, derivativeDutySecondsPerCelsius,
                derivativeFilterSeconds, maxDutyCycle, 0.0, double.PositiveInfinity)
        {
        }

        /// <summary>Creates gains with a holding-duty feed-forward and an integral band.</summary>
        public PidGains(double proportionalDutyPerCelsius, double integralDutyPerCelsiusSecond,
            double derivativeDutySecondsPerCelsius, double derivativeFilterSeconds, double maxDutyCycle,
            double holdingDutyCycle, double integralBandCelsius)
        {
            ProportionalDutyPerCelsius = proportionalDutyPerCelsius;
            IntegralDutyPerCelsiusSecond = integralDutyPerCelsiusSecond;
            DerivativeDutySecondsPerCelsius = derivativeDutySecondsPerCelsius;
            DerivativeFilterSeconds = derivativeFilterSeconds;
            MaxDutyCycle = maxDutyCycle;
            HoldingDutyCycle = holdingDutyCycle;
            IntegralBandCelsius = integralBandCelsius;
        }

        /// <summary>Kp: duty (0..1) per °C of error (target − measured).</summary>
        public double ProportionalDutyPerCelsius { get; }

        /// <summary>Ki: duty per °C·s of accumulated error (Kp / integral time in s).</summary>
        public double IntegralDutyPerCelsiusSecond { get; }

        /// <summary>Kd: duty per (°C/s) of rate of rise of the MEASUREMENT (Kp × derivative time in s).
        /// Acts on the measurement, not the error, so a set-point change causes no derivative kick.</summary>
        public double DerivativeDutySecondsPerCelsius { get; }

        /// <summary>Time constant in seconds of the first-order low-pass filter on the measured rate
        /// of rise (0 = unfiltered). Keeps sensor noise and quantisation out of the derivative term.</summary>
        public double DerivativeFilterSeconds { get; }

        /// <summary>Upper clamp of the output duty cycle, in (0, 1].</summary>
        public double MaxDutyCycle { get; }

        /// <summary>Feed-forward: the duty that holds the bath at the set-point against its losses
        /// (estimated by the autotune), in [0, MaxDutyCycle]. The integral only has to correct what
        /// this estimate misses. 0 disables the feed-forward.</summary>
        public double HoldingDutyCycle { get; }

        /// <summary>The integral accumulates only while |target − measured| is below this many °C
        /// (conditional integration, "integral band"); far from the set-point the P and D terms act
        /// alone so the integral cannot wind up during a heat-up. +∞ = always integrate.</summary>
        public double IntegralBandCelsius { get; }

        /// <summary>Checks every gain; returns the first invalid one or <see cref="PidGainsCheck.Valid"/>.</summary>
        public PidGainsCheck Validate()
        {
            if (!IsFiniteNonNegative(ProportionalDutyPerCelsius)) { return PidGainsCheck.ProportionalInvalid; }
            if (!IsFiniteNonNegative(IntegralDutyPerCelsiusSecond)) { return PidGainsCheck.IntegralInvalid; }
            if (!IsFiniteNonNegative(DerivativeDutySecondsPerCelsius)) { return PidGainsCheck.DerivativeInvalid; }
            if (!IsFiniteNonNegative(DerivativeFilterSeconds)) { return PidGainsCheck.DerivativeFilterInvalid; }
            if (double.IsNaN(MaxDutyCycle) || MaxDutyCycle <= 0.0 || MaxDutyCycle > 1.0) { return PidGainsCheck.MaxDutyInvalid; }
            if (double.IsNaN(HoldingDutyCycle) || HoldingDutyCycle < 0.0 || HoldingDutyCycle > MaxDutyCycle)
            {
                return PidGainsCheck.HoldingDutyInvalid;
            }

            if (double.IsNaN(IntegralBandCelsius) || IntegralBandCelsius <= 0.0) { return PidGainsCheck.IntegralBandInvalid; }
            return PidGainsCheck.Valid;
        }

        /// <summary>A human-readable explanation of a <see cref="PidGainsCheck"/>, naming the gain.</summary>
        public static string Describe(PidGainsCheck check)
        {
            switch (check)
            {
                case PidGainsCheck.Valid: return "gains are valid";
                case PidGainsCheck.ProportionalInvalid: return "ProportionalDutyPerCelsius must be a finite number >= 0";
                case PidGainsCheck.IntegralInvalid: return "IntegralDutyPerCelsiusSecond must be a finite number >= 0";
                case PidGainsCheck.DerivativeInvalid: return "DerivativeDutySecondsPerCelsius must be a finite number >= 0";
                case PidGainsCheck.DerivativeFilterInvalid: return "DerivativeFilterSeconds must be a finite number >= 0";
                case PidGainsCheck.MaxDutyInvalid: return "MaxDutyCycle must be in (0, 1]";
                case PidGainsCheck.HoldingDutyInvalid: return "HoldingDutyCycle must be in [0, MaxDutyCycle]";
                case PidGainsCheck.IntegralBandInvalid: return "IntegralBandCelsius must be > 0 (PositiveInfinity = always integrate)";
                default: return "unknown gains check";
            }
        }

        private static bool IsFiniteNonNegative(double value)
        {
            return !double.IsNaN(value) && !double.IsInfinity(value) && value >= 0.0;
        }
    }
}
