namespace ChandlerLoop.Firmware.Drivers.StatusLed
{
    /// <summary>What the status LED shows (firmware/README.md, "First power-on").</summary>
    public enum LedPattern
    {
        /// <summary>Off: no power or firmware not running.</summary>
        Off = 0,
        /// <summary>Steady: idle or running normally (run completed: steady as well, buzzer silent).</summary>
        Steady = 1,
        /// <summary>1 Hz blink: a sample is due, or identify.</summary>
        SlowBlink = 2,
        /// <summary>4 Hz blink: a safety fault is latched.</summary>
        FastBlink = 3,
        /// <summary>Double flash every 2 s: the settings file is missing or invalid (serial log says why).</summary>
        DoubleFlash = 4,
    }
}
