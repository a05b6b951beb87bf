namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// PID tuning rule for an integrating process with dead time, dT/dt = K·(u(t − L) − b), which is
    /// what a well-insulated bath is over minutes (its loss time constant C/UA is hours).
    /// <para>Skogestad's SIMC rule (S. Skogestad, "Simple analytic rules for model reduction and PID
    /// controller tuning", J. Process Control 13 (2003) 291–309, integrating process with delay):
    /// Kp = 1/(K·(τc + L)), Ti = 4·(τc + L), with the closed-loop time constant τc = L (the
    /// paper's recommended "tight but robust" choice: gain margin ≈ 3, phase margin ≈ 47°), so
    /// Kp = 1/(2·K·L) and Ti = 8·L. SIMC adds a derivative time equal to the dominant lag for
    /// integrating processes with a lag; the identified L is mostly the heater element's lag, so
    /// Td = L, used in parallel form (Kd = Kp·Td; converting SIMC's series form exactly would change
    /// Kp and Ti by +12 % and Td by −11 %, inside the identification's uncertainty). The derivative
    /// filter Tf = Td/2 keeps RTD noise and quantisation (0.03 °C per ADC code every 0.5 s) out of
    /// the output. The integral band is 4× the relay amplitude: the relay shows how large the error
    /// gets in regulation with this sensor and lag, and integrating only inside that band keeps the
    /// integral from charging during the heat-up ramp, which is what would otherwise overshoot.</para>
    /// All methods are pure and allocate nothing; K in °C/s per duty, L in seconds.
    /// </summary>
    public static class IntegratingProcessTuning
    {
        /// <summary>τc / L: closed-loop time constant in units of the dead time.</summary>
        public const double ClosedLoopTimeConstantPerDeadTime = 1.0;

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
            return 1.0 / (plantGainCelsiusPerSecondPerDuty * (tauC + deadTimeSeconds));
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
