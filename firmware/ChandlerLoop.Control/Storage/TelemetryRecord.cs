using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// One telemetry record as the rig stores it for back-fill: the numbers of one protocol
    /// <c>telemetry</c> message (docs/protocol.md) without the run id, which belongs to the log
    /// that holds the record. Mutable so the firmware can keep one instance and overwrite it every
    /// second. A reading that is not available is NaN (sent as <c>null</c>).
    /// </summary>
    public sealed class TelemetryRecord
    {
        /// <summary>Sequence number, 1..2^31−1 (per run).</summary>
        public int Sequence { get; set; }

        /// <summary>Rig time since boot, seconds (<c>t_s</c>).</summary>
        public double TimeSeconds { get; set; }

        /// <summary>Run state (<c>state</c>).</summary>
        public RunState State { get; set; }

        /// <summary>Control (RTD) temperature, °C, NaN when not available (<c>temp_c</c>).</summary>
        public double ControlCelsius { get; set; } = double.NaN;

        /// <summary>Safety (DS18B20) temperature, °C, NaN when not available (<c>safety_c</c>).</summary>
        public double SafetyCelsius { get; set; } = double.NaN;

        /// <summary>Set-point, °C; 0 when not heating (<c>set_c</c>).</summary>
        public double SetpointCelsius { get; set; }

        /// <summary>Heater duty applied, 0..1 (<c>duty</c>).</summary>
        public double HeaterDuty { get; set; }

        /// <summary>Measured drum speed, rpm (<c>rpm</c>).</summary>
        public double MeasuredRpm { get; set; }

        /// <summary>Commanded drum speed, rpm (<c>rpm_set</c>).</summary>
        public double CommandedRpm { get; set; }

        /// <summary>Exposure time since t0, seconds; 0 before t0 (<c>exp_s</c>).</summary>
        public double ExposureSeconds { get; set; }

        /// <summary>Latched fault (<c>fault</c>).</summary>
        public FaultCode Fault { get; set; }

        /// <summary>Copies every field of <paramref name="other"/> into this record.</summary>
        public void CopyFrom(TelemetryRecord other)
        {
            Sequence = other.Sequence;
            TimeSeconds = other.TimeSeconds;
            State = other.State;
            ControlCelsius = other.ControlCelsius;
            SafetyCelsius = other.SafetyCelsius;
            SetpointCelsius = other.SetpointCelsius;
            HeaterDuty = other.HeaterDuty;
            MeasuredRpm = other.MeasuredRpm;
            CommandedRpm = other.CommandedRpm;
            ExposureSeconds = other.ExposureSeconds;
            Fault = other.Fault;
        }
    }
}
