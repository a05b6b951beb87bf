using System.Device.Gpio;

namespace ChandlerLoop.Firmware.Drivers.Buzzer
{
    /// <summary>
    /// Active buzzer through an NPN low-side switch (high = sound). Patterns follow the time:
    /// a sample due beeps 0.2 s every 2 s, a fault 0.5 s on / 0.5 s off.
    /// </summary>
    public sealed class Buzzer
    {
        private readonly GpioPin _pin;

        /// <summary>Opens <paramref name="gpioNumber"/> as an output, silent.</summary>
        public Buzzer(GpioController gpio, int gpioNumber)
        {
            _pin = gpio.OpenPin(gpioNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        /// <summary>Sounds or silences the buzzer for the given situation at <paramref name="nowSeconds"/>.</summary>
        public void Apply(bool fault, bool prompt, double nowSeconds)
        {
            double phase = nowSeconds - System.Math.Floor(nowSeconds / 2.0) * 2.0;
            bool on = fault ? (phase - System.Math.Floor(phase)) < 0.5 : (prompt && phase < 0.2);
            _pin.Write(on ? PinValue.High : PinValue.Low);
        }
    }
}
