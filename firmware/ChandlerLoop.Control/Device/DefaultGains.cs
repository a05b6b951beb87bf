using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// The PID gains the rig starts with: the settings file's <c>gains</c> when given, otherwise
    /// the gains the relay autotune measured on the reference rig's plant model
    /// (docs/temperature-control.md, results: Kp 2.021 duty/°C, Ki 0.00869 duty/(°C·s),
    /// Kd 58.79 duty·s/°C, derivative filter 14.5 s, integral band 0.262 °C, holding duty 0.1503).
    /// Run <c>start_autotune</c> on each real rig and store its own gains. Used by the firmware at
    /// boot and by the virtual rig (host/ChandlerLoop.Simulator), so both start with the same gains.
    /// </summary>
    public static class DefaultGains
    {
        /// <summary>Gains for <paramref name="settings"/>.</summary>
        public static PidGains From(GainSettings settings)
        {
            if (settings == null || settings.UseDefaults)
            {
                return new PidGains(2.021, 0.00869, 58.79, 14.5, 1.0, 0.1503, 0.262);
            }

            return new PidGains(settings.ProportionalDutyPerCelsius, settings.IntegralDutyPerCelsiusSecond,
                settings.DerivativeDutySecondsPerCelsius, 14.5, settings.MaxDutyCycle);
        }
    }
}
