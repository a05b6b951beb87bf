namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// Reason codes (docs/protocol.md, "How a rig answers"): why a message was rejected or why a command was
/// refused. The rig sends them in <c>command_result</c> and <c>message_rejected</c> events; the host decoder
/// uses the same codes for what it cannot read. Wire names are the snake-case forms
/// (<see cref="ProtocolNames"/>).
/// </summary>
public enum ProtocolReason
{
    /// <summary><c>ok</c>: accepted.</summary>
    Ok,

    /// <summary><c>too_large</c>: the payload exceeds the size limit (2048 bytes for commands, 1024 for the rest).</summary>
    TooLarge,

    /// <summary><c>malformed_json</c>: not valid UTF-8 JSON (or a field name appears twice).</summary>
    MalformedJson,

    /// <summary><c>not_an_object</c>: valid JSON but not an object.</summary>
    NotAnObject,

    /// <summary><c>missing_id</c>: a command without a readable, valid <c>id</c>.</summary>
    MissingId,

    /// <summary><c>unsupported_version</c>: <c>v</c> is not 1.</summary>
    UnsupportedVersion,

    /// <summary><c>wrong_type</c>: <c>type</c> does not match the topic.</summary>
    WrongType,

    /// <summary><c>wrong_rig</c>: <c>rig</c> does not match the topic.</summary>
    WrongRig,

    /// <summary><c>unknown_command</c>: <c>cmd</c> is not a command of this version.</summary>
    UnknownCommand,

    /// <summary><c>missing_field</c>: a required field is absent.</summary>
    MissingField,

    /// <summary><c>wrong_field_type</c>: a field has the wrong JSON type.</summary>
    WrongFieldType,

    /// <summary><c>out_of_range</c>: a field's value is outside its range, or not one of its names.</summary>
    OutOfRange,

    /// <summary><c>bad_schedule</c>: the sampling schedule is not ascending, distinct and within the exposure.</summary>
    BadSchedule,

    /// <summary><c>wrong_state</c>: the command is not allowed in the rig's current state.</summary>
    WrongState,

    /// <summary><c>fault_latched</c>: a latched fault refuses the command.</summary>
    FaultLatched,

    /// <summary><c>setpoint_above_safety_limit</c>: the set-point is not at least 1 °C below the over-temperature limit.</summary>
    SetpointAboveSafetyLimit,

    /// <summary><c>temperature_not_stable</c>: the temperature gate is not satisfied.</summary>
    TemperatureNotStable,

    /// <summary><c>sample_not_due</c>: the acknowledged sample is not due yet.</summary>
    SampleNotDue,

    /// <summary><c>sample_already_acknowledged</c>.</summary>
    SampleAlreadyAcknowledged,

    /// <summary><c>sample_out_of_order</c>: an earlier sample is still unacknowledged.</summary>
    SampleOutOfOrder,

    /// <summary><c>condition_persists</c>: the fault's condition is still present.</summary>
    ConditionPersists,

    /// <summary><c>not_faulted</c>: no fault is latched.</summary>
    NotFaulted,

    /// <summary><c>unknown_run</c>: the run is neither the current nor the last run.</summary>
    UnknownRun,

    /// <summary><c>busy</c>: the rig cannot take the command now (e.g. a back-fill is already in progress).</summary>
    Busy,

    /// <summary>
    /// <c>unknown_topic</c>: host only, not sent by rigs. The topic is not a <c>chandler/v1/{rig}/{kind}</c>
    /// topic, so the payload cannot be attributed to a rig.
    /// </summary>
    UnknownTopic,
}
