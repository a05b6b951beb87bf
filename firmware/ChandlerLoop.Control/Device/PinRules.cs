namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Which ESP32 (ESP32-D0WD in the WROOM-32E) GPIOs a signal may use (ESP32 datasheet v4.x,
    /// "Pin Description" and "Strapping Pins"): GPIO 0..39 exist except 20, 24 and 28..31;
    /// 6..11 belong to the SPI flash; 0, 2, 5, 12 and 15 are strapping pins that select the boot
    /// mode, flash voltage and boot-log output at reset, so nothing that drives or loads them is
    /// allowed; 1 and 3 are UART0 (deployment and console); 34..39 are input only and have no
    /// internal pull resistors.
    /// </summary>
    public static class PinRules
    {
        /// <summary>True when <paramref name="gpio"/> may be used for an input.</summary>
        public static bool IsUsableInput(int gpio)
        {
            if (gpio < 0 || gpio > 39 || gpio == 20 || gpio == 24 || (gpio >= 28 && gpio <= 31))
            {
                return false;
            }

            if (gpio >= 6 && gpio <= 11)
            {
                return false;
            }

            return gpio != 0 && gpio != 1 && gpio != 2 && gpio != 3 && gpio != 5 && gpio != 12 && gpio != 15;
        }

        /// <summary>True when <paramref name="gpio"/> may be used for an output.</summary>
        public static bool IsUsableOutput(int gpio)
        {
            return IsUsableInput(gpio) && gpio < 34;
        }

        /// <summary>The index of the first pin in <paramref name="pins"/> that repeats an
        /// earlier one, or −1 when all differ.</summary>
        public static int FirstDuplicate(int[] pins)
        {
            for (int i = 1; i < pins.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (pins[i] == pins[j])
                    {
                        return i;
                    }
                }
            }

            return -1;
        }
    }
}
