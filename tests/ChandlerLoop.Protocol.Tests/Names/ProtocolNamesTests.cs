using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Names;

public sealed class ProtocolNamesTests
{
    [Fact]
    public void State_fault_and_abort_names_are_exactly_the_documented_lists()
    {
        // docs/protocol.md, "Names".
        Assert.Equal(
            ["idle", "prewarming", "ready", "running", "sample_due", "completed", "aborted", "faulted"],
            Enum.GetValues<RigState>().Select(ProtocolNames.ToWire));
        Assert.Equal(
            ["none", "over_temperature", "control_sensor_invalid", "safety_sensor_invalid", "control_sensor_stale",
             "safety_sensor_stale", "sensor_disagreement", "heating_failure", "control_loop_stalled", "motor_stall"],
            Enum.GetValues<RigFault>().Select(ProtocolNames.ToWire));
        Assert.Equal(["operator", "host", "lid_opened", "power_lost"], Enum.GetValues<RunAbortReason>().Select(ProtocolNames.ToWire));
        Assert.Equal(
            ["ok", "timeout", "over_temperature", "invalid_measurement", "target_changed", "cancelled",
             "measurement_inconsistent", "target_out_of_bounds"],
            Enum.GetValues<AutotuneReason>().Select(ProtocolNames.ToWire));
    }

    [Fact]
    public void Every_reason_code_of_the_document_exists_and_unknown_topic_is_the_only_host_addition()
    {
        string[] documented =
        [
            "ok", "too_large", "malformed_json", "not_an_object", "missing_id", "unsupported_version", "wrong_type",
            "wrong_rig", "unknown_command", "missing_field", "wrong_field_type", "out_of_range", "bad_schedule",
            "wrong_state", "fault_latched", "setpoint_above_safety_limit", "temperature_not_stable", "sample_not_due",
            "sample_already_acknowledged", "sample_out_of_order", "condition_persists", "not_faulted", "unknown_run", "busy",
        ];

        Assert.Equal([.. documented, "unknown_topic"], Enum.GetValues<ProtocolReason>().Select(ProtocolNames.ToWire));
    }

    [Fact]
    public void Every_name_parses_back_and_parsing_is_case_sensitive()
    {
        foreach (var state in Enum.GetValues<RigState>())
        {
            Assert.True(ProtocolNames.TryParse(ProtocolNames.ToWire(state), out RigState parsed));
            Assert.Equal(state, parsed);
            Assert.False(ProtocolNames.TryParse(ProtocolNames.ToWire(state).ToUpperInvariant(), out RigState _));
        }

        foreach (var kind in Enum.GetValues<RigCommandKind>())
        {
            Assert.True(ProtocolNames.TryParse(ProtocolNames.ToWire(kind), out RigCommandKind parsed));
            Assert.Equal(kind, parsed);
        }

        foreach (var kind in Enum.GetValues<RigEventKind>())
        {
            Assert.True(ProtocolNames.TryParse(ProtocolNames.ToWire(kind), out RigEventKind parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.False(ProtocolNames.TryParse("offline", out RigState _));
        Assert.False(ProtocolNames.TryParse(null, out RigFault _));
    }
}
