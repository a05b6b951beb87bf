using System;

namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// On/off thermostat with hysteresis: the heater switches on (at <see cref="OnDutyCycle"/>) when
    /// the measurement falls below target − HysteresisCelsius and off when it rises above
    /// target + HysteresisCelsius; in between it keeps its state. A NaN or infinite measurement or
    /// target switches the heater off; an elapsed time that is not a finite positive number changes
    /// nothing and returns the previous duty. Update allocates nothing.
    /// </summary>
    public sealed class BangBangController : ITemperatureController
    {
        private bool _heating;
        private bool _hasState;

        /// <summary>Creates the thermostat. Throws ArgumentException when
        /// <paramref name="hysteresisCelsius"/> is negative or not finite, or
        /// <paramref name="onDutyCycle"/> is not in (0, 1].</summary>
        public BangBangController(double hysteresisCelsius, double onDutyCycle)
        {
            if (double.IsNaN(hysteresisCelsius) || double.IsInfinity(hysteresisCelsius) || hysteresisCelsius < 0.0)
            {
                throw new ArgumentException("hysteresisCelsius must be a finite number >= 0", "hysteresisCelsius");
            }

            if (double.IsNaN(onDutyCycle) || onDutyCycle <= 0.0 || onDutyCycle > 1.0)
            {
                throw new ArgumentException("onDutyCycle must be in (0, 1]", "onDutyCycle");
            }

            HysteresisCelsius = hysteresisCelsius;
            OnDutyCycle = onDutyCycle;
        }

        /// <summary>Half-width of the switching band around the target, °C.</summary>
        public double HysteresisCelsius { get; }

        /// <summary>Duty cycle applied while heating (0..1].</summary>
        public double OnDutyCycle { get; }

        /// <summary>True while the heater is switched on.</summary>
        public bool Heating { get { return _heating; } }

        /// <inheritdoc />
        public double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius)
        {
            if (double.IsNaN(elapsedSeconds) || double.IsInfinity(elapsedSeconds) || elapsedSeconds <= 0.0)
            {
                return _heating ? OnDutyCycle : 0.0;
            }

            if (double.IsNaN(measuredCelsius) || double.IsInfinity(measuredCelsius)
                || double.IsNaN(targetCelsius) || double.IsInfinity(targetCelsius))
            {
                _heating = false;
                _hasState = false;
                return 0.0;
            }

            if (!_hasState)
            {
                _heating = measuredCelsius < targetCelsius;
                _hasState = true;
            }

            if (measuredCelsius < targetCelsius - HysteresisCelsius)
            {
                _heating = true;
            }
            else if (measuredCelsius > targetCelsius + HysteresisCelsius)
            {
                _heating = false;
            }

            return _heating ? OnDutyCycle : 0.0;
        }

        /// <inheritdoc />
        /// <remarks>Continues heating if <paramref name="currentDuty"/> is above zero, otherwise
        /// starts switched off; the band then decides as usual.</remarks>
        public void Reset(double measuredCelsius, double targetCelsius, double currentDuty)
        {
            _heating = currentDuty > 0.0;
            _hasState = true;
        }
    }
}
