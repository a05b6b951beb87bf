using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// One telemetry record (docs/protocol.md, "telemetry"): what the rig measured and decided at
    /// one second. Plain data, reused (the firmware's ring of records holds these or their
    /// numbers); the run id is held separately by <see cref="RigMessageCounters"/>. NaN
    /// temperatures are written as null (reading not available).
    /// </summary>
    public sealed class TelemetryRecord
    {
        /// <summary>Per-run sequence number, 1..2^31−1.</summary>
        public int Sequence { get; set; }

        /// <summary>Rig time since boot (monotonic), s.</summary>
        public double TimeSeconds { get; set; }

        /// <summary>Run state.</summary>
        public RunState State { get; set; }

        /// <summary>Control (RTD) temperature, °C; NaN when not available.</summary>
        public double ControlCelsius { get; set; } = double.NaN;

        /// <summary>Safety (DS18B20) temperature, °C; NaN when not available.</summary>
        public double SafetyCelsius { get; set; } = double.NaN;

        /// <summary>Set-point in force, °C (0 when not heating).</summary>
        public double SetCelsius { get; set; }

        /// <summary>Heater duty applied, 0..1.</summary>
        public double DutyCycle { get; set; }

        /// <summary>Measured drum speed, rpm.</summary>
        public double MeasuredRpm { get; set; }

        /// <summary>Commanded drum speed, rpm.</summary>
        public double CommandedRpm { get; set; }

        /// <summary>Exposure time since t0, s (0 before t0).</summary>
        public double ExposureSeconds { get; set; }

        /// <summary>Latched fault.</summary>
        public FaultCode Fault { get; set; }

        /// <summary>True when re-sent as back-fill.</summary>
        public bool Replay { get; set; }

        /// <summary>Fills the record from one control tick: its inputs and outputs and the
        /// sequencer's exposure clock. Non-finite measurements become NaN (null on the wire) and
        /// a set-point that is not in force becomes 0, as the protocol requires.</summary>
        public void Capture(int sequence, RigInputs inputs, RigOutputs outputs, RunSequencer sequencer)
        {
            Sequence = sequence;
            TimeSeconds = inputs.NowSeconds;
            State = outputs.State;
            ControlCelsius = FiniteOrNaN(inputs.ControlCelsius);
            SafetyCelsius = FiniteOrNaN(inputs.SafetyCelsius);
            double target = outputs.TargetTemperatureCelsius;
            SetCelsius = double.IsNaN(target) || double.IsInfinity(target) ? 0.0 : target;
            DutyCycle = FiniteOrZero(outputs.HeaterDuty);
            MeasuredRpm = FiniteOrZero(outputs.MeasuredRpm);
            CommandedRpm = FiniteOrZero(outputs.CommandedRpm);
            double exposure = sequencer.ExposureElapsedSeconds;
            ExposureSeconds = exposure > 0.0 && !double.IsInfinity(exposure) ? exposure : 0.0;
            Fault = outputs.FaultCode;
            Replay = false;
        }

        private static double FiniteOrNaN(double value)
        {
            return double.IsInfinity(value) ? double.NaN : value;
        }

        private static double FiniteOrZero(double value)
        {
            return double.IsNaN(value) || double.IsInfinity(value) ? 0.0 : value;
        }
    }
}
