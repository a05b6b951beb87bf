using System.Device.Gpio;

namespace ChandlerLoop.Firmware.Drivers.StatusLed
{
    /// <summary>
    /// The status LED (high = lit) and its patterns, chosen from the time so the control loop can
    /// refresh it every tick without state: <see cref="LedPattern.Steady"/>, a 1 Hz blink, a
    /// 4 Hz blink, a double flash every 2 s (settings invalid) and off.
    /// </summary>
    public sealed class StatusLed
    {
        private readonly GpioPin _pin;

        /// <summary>Opens <paramref name="gpioNumber"/> as an output, LED off.</summary>
        public StatusLed(GpioController gpio, int gpioNumber)
        {
            _pin = gpio.OpenPin(gpioNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        /// <summary>Shows <paramref name="pattern"/> as it should look at <paramref name="nowSeconds"/>.</summary>
        public void Show(LedPattern pattern, double nowSeconds)
        {
            _pin.Write(IsLit(pattern, nowSeconds) ? PinValue.High : PinValue.Low);
        }

        /// <summary>Whether the LED is lit for <paramref name="pattern"/> at <paramref name="nowSeconds"/>.</summary>
        public static bool IsLit(LedPattern pattern, double nowSeconds)
        {
            double phase = nowSeconds - System.Math.Floor(nowSeconds / 2.0) * 2.0; // 0..2 s
            switch (pattern)
            {
                case LedPattern.Steady: return true;
                case LedPattern.SlowBlink: return phase - System.Math.Floor(phase) < 0.5;
                case LedPattern.FastBlink: return phase * 4.0 - System.Math.Floor(phase * 4.0) < 0.5;
                case LedPattern.DoubleFlash: return phase < 0.15 || (phase >= 0.3 && phase < 0.45);
                default: return false;
            }
        }
    }
}
