using System.Device.Gpio;
using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Firmware.Drivers.Button
{
    /// <summary>
    /// The front-panel push button (to ground, external pull-up: low = pressed), debounced by the
    /// core's <see cref="Debouncer"/> (50 ms). Polled from the control loop; <see cref="Poll"/>
    /// returns true once per press. The control loop turns a press into "confirm loaded" in Ready
    /// or "acknowledge the due sample" in SampleDue.
    /// </summary>
    public sealed class FrontButton
    {
        private readonly GpioPin _pin;
        private readonly Debouncer _debouncer = new Debouncer(0.05, false);

        /// <summary>Opens <paramref name="gpioNumber"/> as an input (the pull-up is external).</summary>
        public FrontButton(GpioController gpio, int gpioNumber)
        {
            _pin = gpio.OpenPin(gpioNumber, PinMode.Input);
        }

        /// <summary>Samples the button; true when a press (not a release) completed debouncing now.</summary>
        public bool Poll(double nowSeconds)
        {
            bool pressed = _pin.Read() == PinValue.Low;
            return _debouncer.Update(nowSeconds, pressed) && _debouncer.State;
        }
    }
}
