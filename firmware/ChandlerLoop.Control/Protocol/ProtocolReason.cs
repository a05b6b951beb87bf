namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// The reason code of a <c>command_result</c> or <c>message_rejected</c> event
    /// (docs/protocol.md, "Reason codes"); <see cref="ProtocolNames.Reason"/> gives the wire name.
    /// Numbers are stable: append only.
    /// </summary>
    public enum ProtocolReason
    {
        /// <summary><c>ok</c>: accepted.</summary>
        Ok = 0,
        /// <summary><c>too_large</c>: payload over the size limit.</summary>
        TooLarge = 1,
        /// <summary><c>malformed_json</c>: not valid JSON, too deep, or a known field twice.</summary>
        MalformedJson = 2,
        /// <summary><c>not_an_object</c>: valid JSON but not an object.</summary>
        NotAnObject = 3,
        /// <summary><c>missing_id</c>: no readable command id.</summary>
        MissingId = 4,
        /// <summary><c>unsupported_version</c>: <c>v</c> is not 1.</summary>
        UnsupportedVersion = 5,
        /// <summary><c>wrong_type</c>: <c>type</c> is not <c>command</c>.</summary>
        WrongType = 6,
        /// <summary><c>wrong_rig</c>: <c>rig</c> is not this rig.</summary>
        WrongRig = 7,
        /// <summary><c>unknown_command</c>.</summary>
        UnknownCommand = 8,
        /// <summary><c>missing_field</c>.</summary>
        MissingField = 9,
        /// <summary><c>wrong_field_type</c>.</summary>
        WrongFieldType = 10,
        /// <summary><c>out_of_range</c>.</summary>
        OutOfRange = 11,
        /// <summary><c>bad_schedule</c>: <c>samples_min</c> not ascending, not distinct, too
        /// many, or outside 0..exposure.</summary>
        BadSchedule = 12,
        /// <summary><c>wrong_state</c>: not allowed in the current run state.</summary>
        WrongState = 13,
        /// <summary><c>fault_latched</c>: clear the fault first.</summary>
        FaultLatched = 14,
        /// <summary><c>setpoint_above_safety_limit</c>.</summary>
        SetpointAboveSafetyLimit = 15,
        /// <summary><c>temperature_not_stable</c>.</summary>
        TemperatureNotStable = 16,
        /// <summary><c>sample_not_due</c>.</summary>
        SampleNotDue = 17,
        /// <summary><c>sample_already_acknowledged</c>.</summary>
        SampleAlreadyAcknowledged = 18,
        /// <summary><c>sample_out_of_order</c>.</summary>
        SampleOutOfOrder = 19,
        /// <summary><c>condition_persists</c>: the fault's cause is still present.</summary>
        ConditionPersists = 20,
        /// <summary><c>not_faulted</c>: no fault to clear.</summary>
        NotFaulted = 21,
        /// <summary><c>unknown_run</c>: back-fill of a run that is neither current nor last.</summary>
        UnknownRun = 22,
        /// <summary><c>busy</c>: the rig cannot do it now (e.g. an autotune holds the heater).</summary>
        Busy = 23,
    }
}
