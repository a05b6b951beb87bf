using System.Device.Gpio;
using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Firmware.Drivers.LidSwitch
{
    /// <summary>
    /// The lid reed switch (to ground, external pull-up: low = lid shut, so a broken wire reads
    /// "open"), debounced (50 ms). Opening the lid during a run aborts it with reason
    /// <c>lid_opened</c> (the control loop does that).
    /// </summary>
    public sealed class LidSwitch
    {
        private readonly GpioPin _pin;
        private readonly Debouncer _debouncer;

        /// <summary>Opens <paramref name="gpioNumber"/> as an input and takes its current state.</summary>
        public LidSwitch(GpioController gpio, int gpioNumber)
        {
            _pin = gpio.OpenPin(gpioNumber, PinMode.Input);
            _debouncer = new Debouncer(0.05, _pin.Read() != PinValue.Low);
        }

        /// <summary>Debounced: true while the lid is open.</summary>
        public bool IsOpen { get { return _debouncer.State; } }

        /// <summary>Samples the switch; true when the lid has just been opened.</summary>
        public bool PollOpened(double nowSeconds)
        {
            bool open = _pin.Read() != PinValue.Low;
            return _debouncer.Update(nowSeconds, open) && _debouncer.State;
        }
    }
}
