namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// PID tuning rule for an integrating process with dead time, dT/dt = K·(u(t − L) − b), which is
    /// what a well-insulated bath is over minutes (its loss time constant C/UA is hours).
    /// <para>Skogestad's SIMC rule (S. Skogestad, "Simple analytic rules for model reduction and PID
    /// controller tuning", J. Process Control 13 (2003) 291–309, eq. for integrating processes):
    /// Kp = 1/(K·(τc + L)), Ti = 4·(τc + L), with the closed-loop time constant τc = L (the
    /// rule's recommended "tight but robust" choice; gain margin ≈ 3, phase margin ≈ 47°).
    /// Kp is scaled by <see cref="ProportionalScale"/> and the derivative Td = L added in
    /// parallel form (Kd = Kp·Td) to cancel the lumped heater lag; its filter Tf = Td / 2.
    /// The integral band is 4× the relay amplitude (the error range of normal regulation).</para>
    /// All methods are pure and allocate nothing; K in °C/s per duty, L in seconds.
    /// </summary>
    public static class IntegratingProcessTuning
    {
        /// <summary>τc / L: closed-loop time constant in units of the dead time.</summary>
        public const double ClosedLoopTimeConstantPerDeadTime = 1.0;

        /// <summary>Scale on the SIMC proportional gain.</summary>
        public const double ProportionalScale = 1.0;

        /// <summary>Derivative time in units of the dead time.</summary>
        public const double DerivativeTimePerDeadTime = 1.0;

        /// <summary>Derivative filter time constant in units of the derivative time.</summary>
        public const double DerivativeFilterPerDerivativeTime = 0.5;

        /// <summary>Integral band in units of the relay amplitude.</summary>
        public const double IntegralBandPerAmplitude = 4.0;

        /// <summary>Kp in duty per °C.</summary>
        public static double ProportionalDutyPerCelsius(double plantGainCelsiusPerSecondPerDuty, double deadTimeSeconds)
        {
            double tauC = ClosedLoopTimeConstantPerDeadTime * deadTimeSeconds;
            return ProportionalScale / (plantGainCelsiusPerSecondPerDuty * (tauC + deadTimeSeconds));
        }

        /// <summary>Ki = Kp / Ti in duty per °C·s, Ti = 4·(τc + L).</summary>
        public static double IntegralDutyPerCelsiusSecond(double plantGainCelsiusPerSecondPerDuty, double deadTimeSeconds)
        {
            double tauC = ClosedLoopTimeConstantPerDeadTime * deadTimeSeconds;
            double integralSeconds = 4.0 * (tauC + deadTimeSeconds);
            return ProportionalDutyPerCelsius(plantGainCelsiusPerSecondPerDuty, deadTimeSeconds) / integralSeconds;
        }

        /// <summary>Kd = Kp·Td in duty·s per °C, Td = L.</summary>
        public static double DerivativeDutySecondsPerCelsius(double plantGainCelsiusPerSecondPerDuty, double deadTimeSeconds)
        {
            return ProportionalDutyPerCelsius(plantGainCelsiusPerSecondPerDuty, deadTimeSeconds)
                * DerivativeTimePerDeadTime * deadTimeSeconds;
        }

        /// <summary>Derivative filter time constant, seconds.</summary>
        public static double DerivativeFilterSeconds(double deadTimeSeconds)
        {
            return DerivativeFilterPerDerivativeTime * DerivativeTimePerDeadTime * deadTimeSeconds;
        }

        /// <summary>Integral band, °C.</summary>
        public static double IntegralBandCelsius(double relayAmplitudeCelsius)
        {
            return IntegralBandPerAmplitude * relayAmplitudeCelsius;
        }
    }
}
