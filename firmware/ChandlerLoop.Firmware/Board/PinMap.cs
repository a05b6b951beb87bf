using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Firmware.Board
{
    /// <summary>
    /// The GPIOs in force: <see cref="Pins"/> with the settings file's overrides applied
    /// (<c>pins.*</c>, −1 = keep). The SPI data/clock and 1-Wire UART pins are not overridable:
    /// they are the VSPI and UART2 pins the board is wired for.
    /// </summary>
    public sealed class PinMap
    {
        /// <summary>Applies <paramref name="overrides"/> (may be null) to the board's pins.</summary>
        public PinMap(PinOverrideSettings overrides)
        {
            PinOverrideSettings o = overrides ?? new PinOverrideSettings();
            RtdChipSelect = Pick(o.RtdChipSelect, Pins.RtdChipSelect);
            HeaterPwm = Pick(o.HeaterPwm, Pins.HeaterPwm);
            StepperStep = Pick(o.StepperStep, Pins.StepperStep);
            StepperDirection = Pick(o.StepperDirection, Pins.StepperDirection);
            StepperEnable = Pick(o.StepperEnable, Pins.StepperEnable);
            DrumHallSensor = Pick(o.DrumHallSensor, Pins.DrumHallSensor);
            Buzzer = Pick(o.Buzzer, Pins.Buzzer);
            StatusLed = Pick(o.StatusLed, Pins.StatusLed);
            Button = Pick(o.Button, Pins.Button);
            LidSwitch = Pick(o.LidSwitch, Pins.LidSwitch);
        }

        /// <summary>MAX31865 chip select.</summary>
        public int RtdChipSelect { get; }

        /// <summary>Heater MOSFET gate.</summary>
        public int HeaterPwm { get; }

        /// <summary>Stepper STEP.</summary>
        public int StepperStep { get; }

        /// <summary>Stepper DIR.</summary>
        public int StepperDirection { get; }

        /// <summary>Stepper EN (active low).</summary>
        public int StepperEnable { get; }

        /// <summary>Drum hall sensor.</summary>
        public int DrumHallSensor { get; }

        /// <summary>Buzzer.</summary>
        public int Buzzer { get; }

        /// <summary>Status LED.</summary>
        public int StatusLed { get; }

        /// <summary>Front-panel button.</summary>
        public int Button { get; }

        /// <summary>Lid switch.</summary>
        public int LidSwitch { get; }

        /// <summary>True when no two signals (including the fixed SPI and 1-Wire pins) share a GPIO.</summary>
        public bool HasNoConflicts()
        {
            int[] all = new int[]
            {
                Pins.RtdSpiMosi, Pins.RtdSpiMiso, Pins.RtdSpiClock, Pins.SafetyOneWireTx, Pins.SafetyOneWireRx,
                RtdChipSelect, HeaterPwm, StepperStep, StepperDirection, StepperEnable, DrumHallSensor, Buzzer,
                StatusLed, Button, LidSwitch,
            };
            return PinRules.FirstDuplicate(all) < 0;
        }

        private static int Pick(int overridePin, int boardPin)
        {
            return overridePin >= 0 ? overridePin : boardPin;
        }
    }
}
