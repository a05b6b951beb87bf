namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// GPIO overrides (<c>pins</c> in the settings file) for a rig wired differently from
    /// hardware/pinout.csv. −1 (the default, or absent) keeps the firmware's pin; any other value
    /// must pass <see cref="PinRules"/>.
    /// </summary>
    public sealed class PinOverrideSettings
    {
        /// <summary>MAX31865 chip select (output).</summary>
        public int RtdChipSelect { get; set; } = -1;

        /// <summary>Heater MOSFET gate (output).</summary>
        public int HeaterPwm { get; set; } = -1;

        /// <summary>Stepper STEP (output).</summary>
        public int StepperStep { get; set; } = -1;

        /// <summary>Stepper DIR (output).</summary>
        public int StepperDirection { get; set; } = -1;

        /// <summary>Stepper EN, active low (output).</summary>
        public int StepperEnable { get; set; } = -1;

        /// <summary>Drum hall sensor (input).</summary>
        public int DrumHallSensor { get; set; } = -1;

        /// <summary>Buzzer (output).</summary>
        public int Buzzer { get; set; } = -1;

        /// <summary>Status LED (output).</summary>
        public int StatusLed { get; set; } = -1;

        /// <summary>Front-panel button (input).</summary>
        public int Button { get; set; } = -1;

        /// <summary>Lid switch (input).</summary>
        public int LidSwitch { get; set; } = -1;
    }
}
