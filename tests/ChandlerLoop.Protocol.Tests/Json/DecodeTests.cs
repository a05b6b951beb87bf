using System.Text;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>Reader rules of docs/protocol.md that the golden files do not show.</summary>
public sealed class DecodeTests
{
    private const string Commands = "chandler/v1/rig-01/commands";
    private const string Status = "chandler/v1/rig-01/status";
    private const string Telemetry = "chandler/v1/rig-01/telemetry";
    private const string Events = "chandler/v1/rig-01/events";
    private const string Head = "{\"v\":1,\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"c-1\",";

    private static DecodeResult Decode(string topic, string json) => ProtocolJson.Decode(topic, Encoding.UTF8.GetBytes(json));

    private static ProtocolReason? ReasonOf(string topic, string json) => Decode(topic, json).Rejection?.Reason;

    [Fact]
    public void Whitespace_escapes_and_field_order_do_not_matter()
    {
        var json = "{ \"cmd\" : \"ack_sample\",\n\t\"\\u0076\":1, \"tube\":\"T\\u002d07\", \"sample\":1,\"rig\":\"rig-01\",\"type\":\"command\",\"id\":\"c-000124\" }";

        Assert.Equal(new AckSampleCommand("rig-01", "c-000124", 1, "T-07"), Decode(Commands, json).Message);
    }

    [Fact]
    public void Unknown_fields_are_ignored_however_they_look()
    {
        var json = Head + "\"cmd\":\"identify\",\"seconds\":5,\"future\":{\"a\":[1,{\"b\":null}]},\"x-y\":\"z\",\"future\":2}";

        Assert.Equal(new IdentifyCommand("rig-01", "c-1", 5), Decode(Commands, json).Message);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("1e0", true)]
    [InlineData("1.5", false)]
    public void Integers_may_be_written_with_a_zero_fraction(string sample, bool accepted)
    {
        var result = Decode(Commands, Head + "\"cmd\":\"ack_sample\",\"sample\":" + sample + "}");

        Assert.Equal(accepted, result.IsAccepted);
        Assert.Equal(accepted ? null : ProtocolReason.WrongFieldType, result.Rejection?.Reason);
    }

    [Theory]
    [InlineData("\"v\":1.0", null)]
    [InlineData("\"v\":2", ProtocolReason.UnsupportedVersion)]
    [InlineData("\"v\":1e400", ProtocolReason.UnsupportedVersion)]
    [InlineData("\"v\":-1", ProtocolReason.UnsupportedVersion)]
    [InlineData("\"v\":\"1\"", ProtocolReason.WrongFieldType)]
    [InlineData("\"v\":1.5", ProtocolReason.WrongFieldType)]
    [InlineData("\"w\":1", ProtocolReason.MissingField)]
    public void The_version_must_be_the_integer_1(string version, ProtocolReason? reason)
    {
        var json = "{" + version + ",\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"c-1\",\"cmd\":\"clear_fault\"}";

        Assert.Equal(reason, ReasonOf(Commands, json));
    }

    [Fact]
    public void Nesting_of_16_levels_is_read_and_17_is_malformed()
    {
        string WithArrays(int depth) => Head + "\"cmd\":\"clear_fault\",\"x\":" + new string('[', depth) + new string(']', depth) + "}";

        Assert.True(Decode(Commands, WithArrays(15)).IsAccepted);
        Assert.Equal(ProtocolReason.MalformedJson, ReasonOf(Commands, WithArrays(16)));
    }

    [Theory]
    [InlineData("\uFEFF{}")]
    [InlineData("{\"v\":1,}")]
    [InlineData("{\"v\":1} {}")]
    [InlineData("{\"v\":1 /* c */}")]
    [InlineData("{'v':1}")]
    [InlineData("")]
    public void Not_quite_json_is_malformed(string json)
    {
        Assert.Equal(ProtocolReason.MalformedJson, ReasonOf(Status, json));
    }

    [Fact]
    public void Invalid_utf8_is_malformed()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"v\":1,\"type\":\"status\",\"rig\":\"rig-01\",\"fw\":\"\"}");
        bytes[^3] = 0xC3;

        Assert.Equal(ProtocolReason.MalformedJson, ProtocolJson.Decode(Status, bytes).Rejection?.Reason);
    }

    [Fact]
    public void Size_limits_are_2048_bytes_for_commands_and_1024_for_rig_messages()
    {
        string Padded(string head, int total) => head + "\"pad\":\"" + new string('x', total - head.Length - 9) + "\"}";
        var command = Head + "\"cmd\":\"clear_fault\",";
        var status = "{\"v\":1,\"type\":\"status\",\"rig\":\"rig-01\",\"online\":false,\"state\":\"offline\",";

        Assert.True(Decode(Commands, Padded(command, 2048)).IsAccepted);
        Assert.Equal(ProtocolReason.TooLarge, ReasonOf(Commands, Padded(command, 2049)));
        Assert.True(Decode(Status, Padded(status, 1024)).IsAccepted);
        Assert.Equal(ProtocolReason.TooLarge, ReasonOf(Status, Padded(status, 1025)));
    }

    [Fact]
    public void Topic_decides_the_expected_type_and_rig()
    {
        var telemetry = Encoding.UTF8.GetString(GoldenFiles.Payload("telemetry.json"));

        Assert.Equal(ProtocolReason.WrongType, ReasonOf(Status, telemetry));
        Assert.Equal(ProtocolReason.WrongRig, ReasonOf("chandler/v1/rig-02/telemetry", telemetry));
        Assert.Equal(ProtocolReason.UnknownTopic, ReasonOf("chandler/v1/rig-01/telemetry/x", telemetry));
        Assert.Null(Decode("chandler/v1/rig-01/telemetry/x", telemetry).Topic);
    }

    [Fact]
    public void Command_rejections_after_the_id_carry_the_id_so_the_rig_answers_by_id()
    {
        var rejection = Decode(Commands, Head + "\"cmd\":\"start_autotune\",\"set_c\":45}").Rejection!;

        Assert.Equal(ProtocolReason.OutOfRange, rejection.Reason);
        Assert.Equal("c-1", rejection.CommandId);
        Assert.Contains("set_c 45 is outside 20..39 °C", rejection.Detail, StringComparison.Ordinal);
        Assert.Null(Decode(Commands, "{\"v\":1,\"id\":\"c-1\",\"id\":\"c-2\"}").Rejection!.CommandId);
    }

    [Fact]
    public void Optional_fields_with_defaults_are_filled_in()
    {
        var json = Head + "\"cmd\":\"start_prewarm\",\"run\":\"R-1\",\"set_c\":37,\"rpm\":30,\"exposure_min\":30,\"samples_min\":[]}";

        var command = Assert.IsType<StartPrewarmCommand>(Decode(Commands, json).Message);

        Assert.Equal((0.3, 300.0, true), (command.StabilityBandCelsius, command.StabilityHoldSeconds, command.RotateWhileSampling));
        Assert.Empty(command.SampleOffsetsMinutes);
    }

    [Theory]
    [InlineData("[0,15,30]", null)]
    [InlineData("[0,0.001]", null)]
    [InlineData("[30,15]", ProtocolReason.BadSchedule)]
    [InlineData("[15,15]", ProtocolReason.BadSchedule)]
    [InlineData("[-1]", ProtocolReason.BadSchedule)]
    [InlineData("[30.001]", ProtocolReason.BadSchedule)]
    [InlineData("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]", ProtocolReason.BadSchedule)]
    [InlineData("[0,\"15\"]", ProtocolReason.WrongFieldType)]
    [InlineData("15", ProtocolReason.WrongFieldType)]
    public void Sampling_schedule_is_ascending_distinct_and_within_the_exposure(string samples, ProtocolReason? reason)
    {
        var json = Head + "\"cmd\":\"start_prewarm\",\"run\":\"R-1\",\"set_c\":37,\"rpm\":30,\"exposure_min\":30,\"samples_min\":" + samples + "}";

        Assert.Equal(reason, ReasonOf(Commands, json));
    }

    [Theory]
    [InlineData("\"tube\":\"T\\n7\"", ProtocolReason.OutOfRange)]
    [InlineData("\"tube\":\"\"", ProtocolReason.OutOfRange)]
    [InlineData("\"tube\":null", ProtocolReason.WrongFieldType)]
    [InlineData("\"tube\":7", ProtocolReason.WrongFieldType)]
    public void Tube_labels_are_1_to_40_characters_without_control_characters(string tube, ProtocolReason reason)
    {
        Assert.Equal(reason, ReasonOf(Commands, Head + "\"cmd\":\"ack_sample\",\"sample\":0," + tube + "}"));
    }

    [Fact]
    public void Text_length_counts_code_points_not_bytes_or_utf16_units()
    {
        var forty = string.Concat(Enumerable.Repeat("😀", 40));

        Assert.True(Decode(Commands, Head + "\"cmd\":\"ack_sample\",\"sample\":0,\"tube\":\"" + forty + "\"}").IsAccepted);
        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Commands, Head + "\"cmd\":\"ack_sample\",\"sample\":0,\"tube\":\"" + forty + "a\"}"));
    }

    [Fact]
    public void A_lone_surrogate_escape_reads_as_the_replacement_character()
    {
        var result = Decode(Commands, Head + "\"cmd\":\"ack_sample\",\"sample\":0,\"tube\":\"T\\ud800\"}");

        Assert.Equal("T\uFFFD", Assert.IsType<AckSampleCommand>(result.Message).Tube);
    }

    [Theory]
    [InlineData("\"online\":true,\"state\":\"offline\",\"fw\":\"1\",\"run\":null,\"fault\":\"none\",\"uptime_s\":1", ProtocolReason.OutOfRange)]
    [InlineData("\"online\":false,\"state\":\"running\"", ProtocolReason.OutOfRange)]
    [InlineData("\"online\":true,\"state\":\"idle\",\"run\":null,\"fault\":\"none\",\"uptime_s\":1", ProtocolReason.MissingField)]
    [InlineData("\"online\":true,\"state\":\"idle\",\"fw\":\"1\",\"run\":null,\"fault\":\"none\",\"uptime_s\":-1", ProtocolReason.OutOfRange)]
    [InlineData("\"online\":false,\"state\":\"offline\",\"fw\":7", null)]
    public void Status_state_must_agree_with_online(string fields, ProtocolReason? reason)
    {
        Assert.Equal(reason, ReasonOf(Status, "{\"v\":1,\"type\":\"status\",\"rig\":\"rig-01\"," + fields + "}"));
    }

    [Fact]
    public void Unavailable_readings_are_null_and_required_numbers_cannot_be()
    {
        var telemetry = Encoding.UTF8.GetString(GoldenFiles.Payload("telemetry.json"));

        var record = Assert.IsType<TelemetryRecord>(Decode(Telemetry, telemetry.Replace("37.012", "null", StringComparison.Ordinal)).Message);
        Assert.Null(record.ControlTemperatureCelsius);
        Assert.Equal(ProtocolReason.WrongFieldType, ReasonOf(Telemetry, telemetry.Replace("\"duty\":0.153", "\"duty\":null", StringComparison.Ordinal)));
        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Telemetry, telemetry.Replace("\"duty\":0.153", "\"duty\":1.5", StringComparison.Ordinal)));
        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Telemetry, telemetry.Replace("\"seq\":1834", "\"seq\":2147483648", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"accepted\":true,\"reason\":\"wrong_state\"")]
    [InlineData("\"accepted\":false,\"reason\":\"ok\"")]
    [InlineData("\"accepted\":false,\"reason\":\"unknown_topic\"")]
    public void Command_results_must_be_consistent(string fields)
    {
        var json = "{\"v\":1,\"type\":\"event\",\"rig\":\"rig-01\",\"run\":null,\"eseq\":1,\"t_s\":1,\"event\":\"command_result\",\"cmd_id\":\"c-1\",\"cmd\":null," + fields + ",\"detail\":\"\"}";

        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Events, json));
    }

    [Fact]
    public void An_unknown_event_kind_is_out_of_range()
    {
        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Events, "{\"v\":1,\"type\":\"event\",\"rig\":\"rig-01\",\"run\":null,\"eseq\":1,\"t_s\":1,\"event\":\"party\"}"));
    }

    [Fact]
    public void Backfill_range_must_not_be_reversed()
    {
        Assert.Equal(ProtocolReason.OutOfRange, ReasonOf(Commands, Head + "\"cmd\":\"backfill\",\"run\":\"R-1\",\"from_seq\":10,\"to_seq\":9}"));
        Assert.Null(ReasonOf(Commands, Head + "\"cmd\":\"backfill\",\"run\":\"R-1\",\"from_seq\":10,\"to_seq\":10}"));
    }
}
