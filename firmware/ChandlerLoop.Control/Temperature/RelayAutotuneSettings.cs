using System;

namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// Bounds and shape of a <see cref="RelayAutotuner"/> run. Immutable; the constructor throws
    /// ArgumentException naming the setting for nonsense (configuration, not a tick path).
    /// </summary>
    public sealed class RelayAutotuneSettings
    {
        /// <summary>Defaults for the 4 L / 150 W bath: high duty 1.0, hysteresis 0.05 °C (about 5×
        /// the RTD noise RMS and above its 0.03 °C quantum, so noise cannot chatter the relay),
        /// 3 measured cycles, 7200 s limit (the heat-up from 22 °C alone takes about 35 min at full
        /// power), abort above 38.5 °C (below the 39.0 °C safety limit).</summary>
        public RelayAutotuneSettings()
            : this(1.0, 0.05, 3, 7200.0, 38.5)
        {
        }

        /// <summary>Creates settings; see the properties for units and ranges.</summary>
        public RelayAutotuneSettings(double highDutyCycle, double hysteresisCelsius, int measuredCycles,
            double maxDurationSeconds, double maxTemperatureCelsius)
        {
            if (double.IsNaN(highDutyCycle) || highDutyCycle <= 0.0 || highDutyCycle > 1.0)
            {
                throw new ArgumentException("highDutyCycle must be in (0, 1]", "highDutyCycle");
            }

            if (!(hysteresisCelsius > 0.0) || hysteresisCelsius > 1.0)
            {
                throw new ArgumentException("hysteresisCelsius must be in (0, 1] °C", "hysteresisCelsius");
            }

            if (measuredCycles < 1 || measuredCycles > 20)
            {
                throw new ArgumentException("measuredCycles must be 1..20", "measuredCycles");
            }

            if (!(maxDurationSeconds > 0.0) || double.IsInfinity(maxDurationSeconds))
            {
                throw new ArgumentException("maxDurationSeconds must be a finite number > 0", "maxDurationSeconds");
            }

            if (double.IsNaN(maxTemperatureCelsius) || double.IsInfinity(maxTemperatureCelsius))
            {
                throw new ArgumentException("maxTemperatureCelsius must be a finite number", "maxTemperatureCelsius");
            }

            HighDutyCycle = highDutyCycle;
            HysteresisCelsius = hysteresisCelsius;
            MeasuredCycles = measuredCycles;
            MaxDurationSeconds = maxDurationSeconds;
            MaxTemperatureCelsius = maxTemperatureCelsius;
        }

        /// <summary>Highest duty the relay uses (0..1]; the approach heats at this duty.</summary>
        public double HighDutyCycle { get; }

        /// <summary>Relay hysteresis, °C: switch off above target + this, on below target − this.</summary>
        public double HysteresisCelsius { get; }

        /// <summary>Relay cycles averaged into the result, after the settling cycles.</summary>
        public int MeasuredCycles { get; }

        /// <summary>Whole autotune (approach included) must finish within this many seconds.</summary>
        public double MaxDurationSeconds { get; }

        /// <summary>Abort (heater off) when the measurement exceeds this, °C.</summary>
        public double MaxTemperatureCelsius { get; }

        /// <summary>Cycles run before measuring: one full-swing relay cycle (0 / HighDutyCycle)
        /// that estimates the holding duty, and one biased cycle that lets the oscillation settle.</summary>
        public int SettlingCycles { get { return 2; } }

        /// <summary>Time constant of the smoothing applied to the measurement when locating
        /// peaks and troughs (not for switching), seconds. Shifts both extremes equally, so the
        /// areas and the period are unaffected; only the dead-time estimate includes it.</summary>
        public double ExtremeFilterSeconds { get { return 2.0; } }
    }
}
