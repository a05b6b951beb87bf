using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Wire names (lower-case snake case, docs/protocol.md "Names") of the enumerations the
    /// protocol carries. Every method returns a string literal: no allocation, and no reliance on
    /// Enum.ToString (which the device does not provide). Unknown values give "unknown".
    /// </summary>
    public static class ProtocolNames
    {
        /// <summary>Name of a run state.</summary>
        public static string State(RunState state)
        {
            switch (state)
            {
                case RunState.Idle: return "idle";
                case RunState.PreWarming: return "prewarming";
                case RunState.Ready: return "ready";
                case RunState.Running: return "running";
                case RunState.SampleDue: return "sample_due";
                case RunState.Completed: return "completed";
                case RunState.Aborted: return "aborted";
                case RunState.Faulted: return "faulted";
                default: return "unknown";
            }
        }

        /// <summary>Name of a fault code.</summary>
        public static string Fault(FaultCode fault)
        {
            switch (fault)
            {
                case FaultCode.None: return "none";
                case FaultCode.OverTemperature: return "over_temperature";
                case FaultCode.ControlSensorInvalid: return "control_sensor_invalid";
                case FaultCode.SafetySensorInvalid: return "safety_sensor_invalid";
                case FaultCode.ControlSensorStale: return "control_sensor_stale";
                case FaultCode.SafetySensorStale: return "safety_sensor_stale";
                case FaultCode.SensorDisagreement: return "sensor_disagreement";
                case FaultCode.HeatingFailure: return "heating_failure";
                case FaultCode.ControlLoopStalled: return "control_loop_stalled";
                case FaultCode.MotorStall: return "motor_stall";
                default: return "unknown";
            }
        }

        /// <summary>Name of an abort reason (<see cref="AbortReason.None"/> gives "none").</summary>
        public static string Abort(AbortReason reason)
        {
            switch (reason)
            {
                case AbortReason.None: return "none";
                case AbortReason.Operator: return "operator";
                case AbortReason.Host: return "host";
                case AbortReason.LidOpened: return "lid_opened";
                case AbortReason.PowerLost: return "power_lost";
                default: return "unknown";
            }
        }

        /// <summary>Name of an autotune outcome (<see cref="AutotuneAbortReason.None"/> is "ok").</summary>
        public static string Autotune(AutotuneAbortReason reason)
        {
            switch (reason)
            {
                case AutotuneAbortReason.None: return "ok";
                case AutotuneAbortReason.Timeout: return "timeout";
                case AutotuneAbortReason.OverTemperature: return "over_temperature";
                case AutotuneAbortReason.InvalidMeasurement: return "invalid_measurement";
                case AutotuneAbortReason.TargetChanged: return "target_changed";
                case AutotuneAbortReason.Cancelled: return "cancelled";
                case AutotuneAbortReason.MeasurementInconsistent: return "measurement_inconsistent";
                case AutotuneAbortReason.TargetOutOfBounds: return "target_out_of_bounds";
                default: return "unknown";
            }
        }

        /// <summary>Name of a command.</summary>
        public static string Command(CommandKind kind)
        {
            switch (kind)
            {
                case CommandKind.StartPrewarm: return "start_prewarm";
                case CommandKind.ConfirmLoaded: return "confirm_loaded";
                case CommandKind.AckSample: return "ack_sample";
                case CommandKind.Abort: return "abort";
                case CommandKind.ClearFault: return "clear_fault";
                case CommandKind.SetGains: return "set_gains";
                case CommandKind.StartAutotune: return "start_autotune";
                case CommandKind.Identify: return "identify";
                case CommandKind.Backfill: return "backfill";
                default: return "unknown";
            }
        }

        /// <summary>Wire name of a reason code.</summary>
        public static string Reason(ProtocolReason reason)
        {
            switch (reason)
            {
                case ProtocolReason.Ok: return "ok";
                case ProtocolReason.TooLarge: return "too_large";
                case ProtocolReason.MalformedJson: return "malformed_json";
                case ProtocolReason.NotAnObject: return "not_an_object";
                case ProtocolReason.MissingId: return "missing_id";
                case ProtocolReason.UnsupportedVersion: return "unsupported_version";
                case ProtocolReason.WrongType: return "wrong_type";
                case ProtocolReason.WrongRig: return "wrong_rig";
                case ProtocolReason.UnknownCommand: return "unknown_command";
                case ProtocolReason.MissingField: return "missing_field";
                case ProtocolReason.WrongFieldType: return "wrong_field_type";
                case ProtocolReason.OutOfRange: return "out_of_range";
                case ProtocolReason.BadSchedule: return "bad_schedule";
                case ProtocolReason.WrongState: return "wrong_state";
                case ProtocolReason.FaultLatched: return "fault_latched";
                case ProtocolReason.SetpointAboveSafetyLimit: return "setpoint_above_safety_limit";
                case ProtocolReason.TemperatureNotStable: return "temperature_not_stable";
                case ProtocolReason.SampleNotDue: return "sample_not_due";
                case ProtocolReason.SampleAlreadyAcknowledged: return "sample_already_acknowledged";
                case ProtocolReason.SampleOutOfOrder: return "sample_out_of_order";
                case ProtocolReason.ConditionPersists: return "condition_persists";
                case ProtocolReason.NotFaulted: return "not_faulted";
                case ProtocolReason.UnknownRun: return "unknown_run";
                case ProtocolReason.Busy: return "busy";
                default: return "unknown";
            }
        }
    }
}
