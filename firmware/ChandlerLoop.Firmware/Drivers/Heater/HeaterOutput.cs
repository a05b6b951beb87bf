using System.Device.Pwm;
using nanoFramework.Hardware.Esp32;

namespace ChandlerLoop.Firmware.Drivers.Heater
{
    /// <summary>
    /// Heater PWM to the logic-level MOSFET gate (hardware/README.md). Created with duty 0, so
    /// the heater stays off from reset (the gate pull-down holds it off before this runs) until
    /// the control core asks for heat. 100 Hz: slow enough for a MOSFET driven straight from a GPIO
    /// to switch cleanly, fast against the bath's thermal time constant of minutes.
    /// <see cref="Off"/> is safe to call from any thread (the watchdog uses it).
    /// </summary>
    public sealed class HeaterOutput
    {
        /// <summary>PWM frequency, Hz.</summary>
        public const int FrequencyHz = 100;

        private readonly PwmChannel _pwm;
        private readonly object _gate = new object();

        /// <summary>Assigns <paramref name="gpio"/> to a PWM channel and starts it at duty 0.</summary>
        public HeaterOutput(int gpio)
        {
            Configuration.SetPinFunction(gpio, DeviceFunction.PWM1);
            _pwm = PwmChannel.CreateFromPin(gpio, FrequencyHz, 0.0);
            _pwm.Start();
        }

        /// <summary>Duty applied, 0..1.</summary>
        public double DutyCycle { get; private set; }

        /// <summary>Applies <paramref name="dutyCycle"/> (clamped to 0..1; NaN is 0).</summary>
        public void SetDutyCycle(double dutyCycle)
        {
            double duty = dutyCycle > 0.0 ? (dutyCycle < 1.0 ? dutyCycle : 1.0) : 0.0;
            lock (_gate)
            {
                _pwm.DutyCycle = duty;
                DutyCycle = duty;
            }
        }

        /// <summary>Heater off now.</summary>
        public void Off()
        {
            SetDutyCycle(0.0);
        }
    }
}
