namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// The lower-case snake-case wire names of every protocol enumeration (docs/protocol.md, "Names"), and
/// parsing back. Parsing is exact and case-sensitive: <c>"Running"</c> is not a state.
/// </summary>
public static class ProtocolNames
{
    /// <summary>Wire value of <c>status.state</c> when the rig is offline (not a <see cref="RigState"/>).</summary>
    public const string OfflineState = "offline";

    private static readonly WireNameTable<RigState> States = new(
        (RigState.Idle, "idle"),
        (RigState.PreWarming, "prewarming"),
        (RigState.Ready, "ready"),
        (RigState.Running, "running"),
        (RigState.SampleDue, "sample_due"),
        (RigState.Completed, "completed"),
        (RigState.Aborted, "aborted"),
        (RigState.Faulted, "faulted"));

    private static readonly WireNameTable<RigFault> Faults = new(
        (RigFault.None, "none"),
        (RigFault.OverTemperature, "over_temperature"),
        (RigFault.ControlSensorInvalid, "control_sensor_invalid"),
        (RigFault.SafetySensorInvalid, "safety_sensor_invalid"),
        (RigFault.ControlSensorStale, "control_sensor_stale"),
        (RigFault.SafetySensorStale, "safety_sensor_stale"),
        (RigFault.SensorDisagreement, "sensor_disagreement"),
        (RigFault.HeatingFailure, "heating_failure"),
        (RigFault.ControlLoopStalled, "control_loop_stalled"),
        (RigFault.MotorStall, "motor_stall"));

    private static readonly WireNameTable<RunAbortReason> AbortReasons = new(
        (RunAbortReason.Operator, "operator"),
        (RunAbortReason.Host, "host"),
        (RunAbortReason.LidOpened, "lid_opened"),
        (RunAbortReason.PowerLost, "power_lost"));

    private static readonly WireNameTable<AutotuneReason> AutotuneReasons = new(
        (AutotuneReason.Ok, "ok"),
        (AutotuneReason.Timeout, "timeout"),
        (AutotuneReason.OverTemperature, "over_temperature"),
        (AutotuneReason.InvalidMeasurement, "invalid_measurement"),
        (AutotuneReason.TargetChanged, "target_changed"),
        (AutotuneReason.Cancelled, "cancelled"),
        (AutotuneReason.MeasurementInconsistent, "measurement_inconsistent"),
        (AutotuneReason.TargetOutOfBounds, "target_out_of_bounds"));

    private static readonly WireNameTable<RigEventKind> EventKinds = new(
        (RigEventKind.StateChanged, "state_changed"),
        (RigEventKind.SampleDue, "sample_due"),
        (RigEventKind.SampleTaken, "sample_taken"),
        (RigEventKind.Fault, "fault"),
        (RigEventKind.FaultCleared, "fault_cleared"),
        (RigEventKind.CommandResult, "command_result"),
        (RigEventKind.MessageRejected, "message_rejected"),
        (RigEventKind.AutotuneResult, "autotune_result"));

    private static readonly WireNameTable<RigCommandKind> CommandKinds = new(
        (RigCommandKind.StartPrewarm, "start_prewarm"),
        (RigCommandKind.ConfirmLoaded, "confirm_loaded"),
        (RigCommandKind.AckSample, "ack_sample"),
        (RigCommandKind.Abort, "abort"),
        (RigCommandKind.ClearFault, "clear_fault"),
        (RigCommandKind.SetGains, "set_gains"),
        (RigCommandKind.StartAutotune, "start_autotune"),
        (RigCommandKind.Identify, "identify"),
        (RigCommandKind.Backfill, "backfill"));

    private static readonly WireNameTable<ProtocolReason> Reasons = new(
        (ProtocolReason.Ok, "ok"),
        (ProtocolReason.TooLarge, "too_large"),
        (ProtocolReason.MalformedJson, "malformed_json"),
        (ProtocolReason.NotAnObject, "not_an_object"),
        (ProtocolReason.MissingId, "missing_id"),
        (ProtocolReason.UnsupportedVersion, "unsupported_version"),
        (ProtocolReason.WrongType, "wrong_type"),
        (ProtocolReason.WrongRig, "wrong_rig"),
        (ProtocolReason.UnknownCommand, "unknown_command"),
        (ProtocolReason.MissingField, "missing_field"),
        (ProtocolReason.WrongFieldType, "wrong_field_type"),
        (ProtocolReason.OutOfRange, "out_of_range"),
        (ProtocolReason.BadSchedule, "bad_schedule"),
        (ProtocolReason.WrongState, "wrong_state"),
        (ProtocolReason.FaultLatched, "fault_latched"),
        (ProtocolReason.SetpointAboveSafetyLimit, "setpoint_above_safety_limit"),
        (ProtocolReason.TemperatureNotStable, "temperature_not_stable"),
        (ProtocolReason.SampleNotDue, "sample_not_due"),
        (ProtocolReason.SampleAlreadyAcknowledged, "sample_already_acknowledged"),
        (ProtocolReason.SampleOutOfOrder, "sample_out_of_order"),
        (ProtocolReason.ConditionPersists, "condition_persists"),
        (ProtocolReason.NotFaulted, "not_faulted"),
        (ProtocolReason.UnknownRun, "unknown_run"),
        (ProtocolReason.Busy, "busy"),
        (ProtocolReason.UnknownTopic, "unknown_topic"));

    /// <summary>Wire name of a run state, e.g. <c>sample_due</c>.</summary>
    public static string ToWire(RigState value) => States.NameOf(value);

    /// <summary>Wire name of a fault, e.g. <c>over_temperature</c>.</summary>
    public static string ToWire(RigFault value) => Faults.NameOf(value);

    /// <summary>Wire name of an abort reason, e.g. <c>lid_opened</c>.</summary>
    public static string ToWire(RunAbortReason value) => AbortReasons.NameOf(value);

    /// <summary>Wire name of an autotune reason, e.g. <c>target_changed</c>.</summary>
    public static string ToWire(AutotuneReason value) => AutotuneReasons.NameOf(value);

    /// <summary>Wire name of an event kind, e.g. <c>command_result</c>.</summary>
    public static string ToWire(RigEventKind value) => EventKinds.NameOf(value);

    /// <summary>Wire name of a command, e.g. <c>start_prewarm</c>.</summary>
    public static string ToWire(RigCommandKind value) => CommandKinds.NameOf(value);

    /// <summary>Wire name of a reason code, e.g. <c>out_of_range</c>.</summary>
    public static string ToWire(ProtocolReason value) => Reasons.NameOf(value);

    /// <summary>Parses a run state name (exact, case-sensitive); <c>offline</c> is not a run state.</summary>
    public static bool TryParse(string? wire, out RigState value) => States.TryParse(wire, out value);

    /// <summary>Parses a fault name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out RigFault value) => Faults.TryParse(wire, out value);

    /// <summary>Parses an abort reason name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out RunAbortReason value) => AbortReasons.TryParse(wire, out value);

    /// <summary>Parses an autotune reason name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out AutotuneReason value) => AutotuneReasons.TryParse(wire, out value);

    /// <summary>Parses an event kind name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out RigEventKind value) => EventKinds.TryParse(wire, out value);

    /// <summary>Parses a command name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out RigCommandKind value) => CommandKinds.TryParse(wire, out value);

    /// <summary>Parses a reason code (exact, case-sensitive).</summary>
    public static bool TryParse(string? wire, out ProtocolReason value) => Reasons.TryParse(wire, out value);
}
