namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// What tripped a latched fault: the code, when, and the values that tripped it. The meaning
    /// of <see cref="Value"/>, <see cref="Limit"/> and <see cref="DurationSeconds"/> depends on the
    /// code (units in brackets):
    /// OverTemperature: reading [°C], limit [°C], 0;
    /// ControlSensorInvalid / SafetySensorInvalid: the reading [°C, may be NaN], the violated
    /// plausibility bound [°C], 0;
    /// ControlSensorStale / SafetySensorStale: reading age [s], stale limit [s], 0;
    /// SensorDisagreement: |control - safety| [°C], allowed difference [°C], time above it [s];
    /// HeatingFailure: rise above the window minimum [°C], required rise [°C], time at high duty [s];
    /// ControlLoopStalled: time since the last tick [s], deadline [s], 0;
    /// MotorStall: measured drum speed [rpm], commanded drum speed [rpm], time below the stall
    /// fraction [s].
    /// Both sensor readings at the time of the trip are kept as well. Preallocated: copy with
    /// <see cref="CopyFrom"/>, never allocate per tick.
    /// </summary>
    public sealed class FaultRecord
    {
        /// <summary>Why the fault latched; <see cref="FaultCode.None"/> when no fault is latched.</summary>
        public FaultCode Code { get; private set; }

        /// <summary>Time of the trip, seconds on the caller's clock.</summary>
        public double TimeSeconds { get; private set; }

        /// <summary>The measured value that tripped (unit depends on <see cref="Code"/>).</summary>
        public double Value { get; private set; }

        /// <summary>The limit it was compared with (unit depends on <see cref="Code"/>).</summary>
        public double Limit { get; private set; }

        /// <summary>How long the condition had lasted when it latched, seconds (0 if immediate).</summary>
        public double DurationSeconds { get; private set; }

        /// <summary>Control (RTD) reading at the trip, °C (may be NaN).</summary>
        public double ControlCelsius { get; private set; }

        /// <summary>Safety (DS18B20) reading at the trip, °C (may be NaN).</summary>
        public double SafetyCelsius { get; private set; }

        /// <summary>Fills the record (used by the supervisor when a fault latches).</summary>
        public void Set(FaultCode code, double timeSeconds, double value, double limit,
            double durationSeconds, double controlCelsius, double safetyCelsius)
        {
            Code = code;
            TimeSeconds = timeSeconds;
            Value = value;
            Limit = limit;
            DurationSeconds = durationSeconds;
            ControlCelsius = controlCelsius;
            SafetyCelsius = safetyCelsius;
        }

        /// <summary>Copies every field of <paramref name="other"/> into this record.</summary>
        public void CopyFrom(FaultRecord other)
        {
            Set(other.Code, other.TimeSeconds, other.Value, other.Limit, other.DurationSeconds,
                other.ControlCelsius, other.SafetyCelsius);
        }

        /// <summary>Empties the record (code None, values 0).</summary>
        public void Clear()
        {
            Set(FaultCode.None, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        }
    }
}
