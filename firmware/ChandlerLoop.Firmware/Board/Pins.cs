namespace ChandlerLoop.Firmware.Board
{
    /// <summary>
    /// GPIO numbers of the rig's ESP32 (ESP32-WROOM-32E on an ESP32-DevKitC-32E).
    /// Source of truth: hardware/pinout.csv (a test checks that both agree); wiring and reasons in
    /// hardware/wiring.md. No strapping pins (GPIO0/2/5/12/15), no flash pins (GPIO6-11), no UART0
    /// (GPIO1/3, used for deployment and the console), no outputs on the input-only pins (GPIO34-39).
    /// Pin overrides from the device settings file may replace these values at boot.
    /// </summary>
    public static class Pins
    {
        /// <summary>SPI MOSI to the MAX31865 (SDI). VSPI native pin.</summary>
        public const int RtdSpiMosi = 23;

        /// <summary>SPI MISO from the MAX31865 (SDO). VSPI native pin.</summary>
        public const int RtdSpiMiso = 19;

        /// <summary>SPI clock to the MAX31865 (SCLK). VSPI native pin.</summary>
        public const int RtdSpiClock = 18;

        /// <summary>MAX31865 chip select (active low, driven by the firmware).</summary>
        public const int RtdChipSelect = 21;

        /// <summary>
        /// UART TX of the 1-Wire bus to the DS18B20 safety sensor (<see cref="OneWireUart"/>). Joined to
        /// <see cref="SafetyOneWireRx"/> through a Schottky diode (cathode to TX) so TX can only pull the
        /// bus low; the bus has a 4.7 kΩ pull-up to 3.3 V.
        /// </summary>
        public const int SafetyOneWireTx = 17;

        /// <summary>UART RX of the 1-Wire bus (<see cref="OneWireUart"/>): connected directly to the DS18B20 data line.</summary>
        public const int SafetyOneWireRx = 16;

        /// <summary>
        /// Heater PWM to the logic-level MOSFET gate (through 100 Ω; 10 kΩ gate pull-down keeps the
        /// heater off while the pin floats at reset). High = heater on.
        /// </summary>
        public const int HeaterPwm = 26;

        /// <summary>TMC2209 STEP (rising edge = one microstep); frequency from a PWM channel.</summary>
        public const int StepperStep = 25;

        /// <summary>TMC2209 DIR.</summary>
        public const int StepperDirection = 33;

        /// <summary>
        /// TMC2209 EN, active low (low = motor powered). 10 kΩ pull-up to 3.3 V keeps the driver
        /// disabled while the pin floats at reset.
        /// </summary>
        public const int StepperEnable = 32;

        /// <summary>
        /// Hall sensor on the drum (open drain, active low, 4 magnets per drum revolution), counted
        /// with GpioPulseCounter. Input-only pin: external 10 kΩ pull-up to 3.3 V.
        /// </summary>
        public const int DrumHallSensor = 34;

        /// <summary>Buzzer driver (NPN transistor base through 1 kΩ). High = sound.</summary>
        public const int Buzzer = 13;

        /// <summary>Status LED (through 330 Ω to ground). High = lit.</summary>
        public const int StatusLed = 22;

        /// <summary>
        /// Front-panel push button to ground, active low. Input-only pin: external 10 kΩ pull-up to
        /// 3.3 V plus 100 nF to ground.
        /// </summary>
        public const int Button = 35;

        /// <summary>
        /// Lid reed switch to ground, closed when the lid is shut (low = lid closed). 10 kΩ external
        /// pull-up to 3.3 V, so a broken wire reads "lid open" (fails safe).
        /// </summary>
        public const int LidSwitch = 27;

        /// <summary>SPI bus id used for the MAX31865 (nanoFramework ESP32 SPI1 = VSPI pins above).</summary>
        public const int SpiBus = 1;

        /// <summary>
        /// UART whose pins the DS18B20 1-Wire bus uses. nanoFramework's ESP32 OneWireHost (no UART
        /// argument) always drives UART_NUM_2 and reads that UART's pin map, which C# names COM3
        /// (COM1 = UART0, COM2 = UART1, COM3 = UART2; nf-interpreter
        /// targets/ESP32/ESP32/target_nf_dev_onewire_config.h and _common/ESP32_DeviceMapping.cpp).
        /// So assign <see cref="SafetyOneWireTx"/> / <see cref="SafetyOneWireRx"/> with
        /// DeviceFunction.COM3_TX / COM3_RX before creating the OneWireHost; COM2 pins are ignored by it.
        /// </summary>
        public const string OneWireUart = "COM3";
    }
}
