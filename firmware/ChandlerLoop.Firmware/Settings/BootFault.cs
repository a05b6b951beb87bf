using System;
using System.Device.Gpio;
using System.Threading;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Firmware.Board;
using ChandlerLoop.Firmware.Control;
using ChandlerLoop.Firmware.Drivers.StatusLed;

namespace ChandlerLoop.Firmware.Settings
{
    /// <summary>
    /// What the rig does when its settings are missing or invalid: heater gate and stepper enable
    /// driven to their safe levels on the board's own pins, the reason on the serial console every
    /// 10 s, and the LED double-flashing, forever (fix the file and reset the rig). No control
    /// loop and no network run, so nothing can heat with a wrong configuration.
    /// </summary>
    public static class BootFault
    {
        /// <summary>Never returns.</summary>
        public static void Halt(GpioController gpio, SettingsError error)
        {
            GpioPin heater = gpio.OpenPin(Pins.HeaterPwm, PinMode.Output);
            heater.Write(PinValue.Low);
            GpioPin enable = gpio.OpenPin(Pins.StepperEnable, PinMode.Output);
            enable.Write(PinValue.High);
            StatusLed led = new StatusLed(gpio, Pins.StatusLed);
            string message = "settings fault: " + RigSettings.Describe(error);
            double lastLog = double.NegativeInfinity;
            while (true)
            {
                double now = RigClock.NowSeconds;
                if (now - lastLog >= 10.0)
                {
                    Console.WriteLine(message);
                    lastLog = now;
                }

                led.Show(LedPattern.DoubleFlash, now);
                Thread.Sleep(50);
            }
        }
    }
}
