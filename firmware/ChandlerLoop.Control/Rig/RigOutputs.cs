using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Rig
{
    /// <summary>
    /// What one control tick decided. The firmware keeps one instance; <see cref="RigController.Tick"/>
    /// overwrites every field (no allocation), including a copy of the latched fault record.
    /// </summary>
    public sealed class RigOutputs
    {
        private readonly FaultRecord _fault = new FaultRecord();

        /// <summary>Heater PWM duty, 0..1 (0 whenever a fault is latched or the run does not heat).</summary>
        public double HeaterDuty { get; set; }

        /// <summary>Stepper STEP frequency, Hz (0 when stopped).</summary>
        public double StepFrequencyHz { get; set; }

        /// <summary>Stepper driver enable.</summary>
        public bool MotorEnabled { get; set; }

        /// <summary>What the buzzer/LED should signal.</summary>
        public RigIndication Indication { get; set; }

        /// <summary>True when the indication calls for sound (sample due, fault).</summary>
        public bool BuzzerOn { get; set; }

        /// <summary>Run state after this tick.</summary>
        public RunState State { get; set; }

        /// <summary>Latched fault code (None when none).</summary>
        public FaultCode FaultCode { get; set; }

        /// <summary>Copy of the latched fault record (code None when none).</summary>
        public FaultRecord Fault { get { return _fault; } }

        /// <summary>Set-point in force, °C (NaN while the heater is not regulating).</summary>
        public double TargetTemperatureCelsius { get; set; }

        /// <summary>Commanded (ramped) drum speed, rpm.</summary>
        public double CommandedRpm { get; set; }

        /// <summary>Measured drum speed over the measurement window, rpm.</summary>
        public double MeasuredRpm { get; set; }
    }
}
