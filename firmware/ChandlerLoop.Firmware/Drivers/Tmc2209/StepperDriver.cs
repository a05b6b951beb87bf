using System.Device.Gpio;
using System.Device.Pwm;
using nanoFramework.Hardware.Esp32;

namespace ChandlerLoop.Firmware.Drivers.Tmc2209
{
    /// <summary>
    /// TMC2209 in STEP/DIR mode (Trinamic TMC2209 datasheet rev. 1.09, "STEP/DIR interface"):
    /// STEP pulses come from a PWM channel at 50 % duty whose frequency is the step rate the
    /// control core computed; DIR fixed; EN active low. The driver is disabled at construction
    /// (EN high; the board's pull-up holds it high before this runs) and the PWM is stopped while
    /// the frequency is 0.
    /// </summary>
    public sealed class StepperDriver
    {
        private readonly PwmChannel _step;
        private readonly GpioPin _enable;
        private bool _running;
        private int _frequencyHz;

        /// <summary>Opens the pins; the motor is disabled and not stepping.</summary>
        public StepperDriver(GpioController gpio, int stepGpio, int directionGpio, int enableGpio)
        {
            _enable = gpio.OpenPin(enableGpio, PinMode.Output);
            _enable.Write(PinValue.High);
            GpioPin direction = gpio.OpenPin(directionGpio, PinMode.Output);
            direction.Write(PinValue.Low);
            Configuration.SetPinFunction(stepGpio, DeviceFunction.PWM2);
            _step = PwmChannel.CreateFromPin(stepGpio, 1000, 0.5);
        }

        /// <summary>Applies the core's decision: enable and STEP frequency, Hz (0: no steps).</summary>
        public void Apply(bool enabled, double stepFrequencyHz)
        {
            _enable.Write(enabled ? PinValue.Low : PinValue.High);
            int frequency = stepFrequencyHz >= 1.0 && enabled ? (int)(stepFrequencyHz + 0.5) : 0;
            if (frequency == 0)
            {
                if (_running)
                {
                    _step.Stop();
                    _running = false;
                }

                return;
            }

            if (frequency != _frequencyHz)
            {
                _step.Frequency = frequency;
                _frequencyHz = frequency;
            }

            if (!_running)
            {
                _step.DutyCycle = 0.5;
                _step.Start();
                _running = true;
            }
        }

        /// <summary>Stops stepping and disables the driver.</summary>
        public void Stop()
        {
            Apply(false, 0.0);
        }
    }
}
