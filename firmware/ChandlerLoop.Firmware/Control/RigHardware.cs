using ChandlerLoop.Firmware.Drivers.Button;
using ChandlerLoop.Firmware.Drivers.Buzzer;
using ChandlerLoop.Firmware.Drivers.Ds18b20;
using ChandlerLoop.Firmware.Drivers.DrumHallCounter;
using ChandlerLoop.Firmware.Drivers.Heater;
using ChandlerLoop.Firmware.Drivers.LidSwitch;
using ChandlerLoop.Firmware.Drivers.Max31865;
using ChandlerLoop.Firmware.Drivers.StatusLed;
using ChandlerLoop.Firmware.Drivers.Tmc2209;

namespace ChandlerLoop.Firmware.Control
{
    /// <summary>The rig's drivers, created once by Program and handed to the control loop.</summary>
    public sealed class RigHardware
    {
        /// <summary>Heater PWM.</summary>
        public HeaterOutput Heater { get; set; }

        /// <summary>Stepper driver.</summary>
        public StepperDriver Stepper { get; set; }

        /// <summary>Control RTD.</summary>
        public ControlRtdSensor ControlSensor { get; set; }

        /// <summary>Safety DS18B20.</summary>
        public SafetyTemperatureSensor SafetySensor { get; set; }

        /// <summary>Drum hall pulse counter.</summary>
        public DrumHallCounter DrumCounter { get; set; }

        /// <summary>Status LED.</summary>
        public StatusLed Led { get; set; }

        /// <summary>Buzzer.</summary>
        public Buzzer Buzzer { get; set; }

        /// <summary>Front button.</summary>
        public FrontButton Button { get; set; }

        /// <summary>Lid switch.</summary>
        public LidSwitch Lid { get; set; }
    }
}
