namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// Why the safety supervisor latched a fault. The numbers are part of the rig protocol and
    /// of stored records: never renumber, only append.
    /// </summary>
    public enum FaultCode
    {
        None = 0,
        /// <summary>Control temperature above the hard over-temperature limit.</summary>
        OverTemperature = 1,
        /// <summary>Control (RTD) reading open, short, out of range or NaN.</summary>
        ControlSensorInvalid = 2,
        /// <summary>Safety (DS18B20) reading open, short, out of range or NaN.</summary>
        SafetySensorInvalid = 3,
        /// <summary>No fresh control reading for longer than allowed.</summary>
        ControlSensorStale = 4,
        /// <summary>No fresh safety reading for longer than allowed.</summary>
        SafetySensorStale = 5,
        /// <summary>Control and safety sensors disagree by more than the allowed difference.</summary>
        SensorDisagreement = 6,
        /// <summary>Heater driven hard but the temperature does not rise as the bath physics require.</summary>
        HeatingFailure = 7,
        /// <summary>The control loop stopped refreshing (missed its deadline).</summary>
        ControlLoopStalled = 8,
        /// <summary>Motor driven but the drum's pulse counter shows no rotation.</summary>
        MotorStall = 9,
    }
}
