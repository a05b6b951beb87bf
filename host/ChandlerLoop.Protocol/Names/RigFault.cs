namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// Latched safety fault of a rig as it appears on the wire (docs/protocol.md, "Names"; the physics of each
/// is in docs/safety.md). Wire names are the snake-case forms (<see cref="ProtocolNames"/>).
/// </summary>
public enum RigFault
{
    /// <summary><c>none</c>: no fault latched.</summary>
    None,

    /// <summary><c>over_temperature</c>: control temperature above the hard limit.</summary>
    OverTemperature,

    /// <summary><c>control_sensor_invalid</c>: the RTD reading is open, shorted or out of range.</summary>
    ControlSensorInvalid,

    /// <summary><c>safety_sensor_invalid</c>: the DS18B20 reading is invalid.</summary>
    SafetySensorInvalid,

    /// <summary><c>control_sensor_stale</c>: no fresh RTD reading for too long.</summary>
    ControlSensorStale,

    /// <summary><c>safety_sensor_stale</c>: no fresh DS18B20 reading for too long.</summary>
    SafetySensorStale,

    /// <summary><c>sensor_disagreement</c>: control and safety sensors differ by more than the limit.</summary>
    SensorDisagreement,

    /// <summary><c>heating_failure</c>: high duty without the temperature rise the model requires.</summary>
    HeatingFailure,

    /// <summary><c>control_loop_stalled</c>: the control loop was not refreshed in time.</summary>
    ControlLoopStalled,

    /// <summary><c>motor_stall</c>: no drum pulses while driving.</summary>
    MotorStall,
}
