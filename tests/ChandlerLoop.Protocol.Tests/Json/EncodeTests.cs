using System.Text;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>The canonical writer (docs/protocol.md, "Canonical form") and what it refuses.</summary>
public sealed class EncodeTests
{
    private static TelemetryRecord Record(double rpm = 30, double duty = 0.153, double time = 1) =>
        new("rig-01", "R-1", 1, time, RigState.Running, null, null, 37, duty, rpm, 30, 0, RigFault.None);

    private static string Encode(RigMessage message) => Encoding.UTF8.GetString(ProtocolJson.Encode(message));

    [Theory]
    [InlineData(30.0, "30")]
    [InlineData(30.1, "30.1")]
    [InlineData(0.125, "0.13")]
    [InlineData(-0.125, "-0.13")]
    [InlineData(30.004, "30")]
    [InlineData(-0.004, "0")]
    [InlineData(1e-9, "0")]
    [InlineData(-12.5, "-12.5")]
    public void Numbers_are_rounded_half_away_from_zero_and_written_in_the_shortest_form(double rpm, string expected)
    {
        // rpm has 2 decimals; 0.125 is exact in binary, so it is a true tie.
        Assert.Contains("\"rpm\":" + expected + ",", Encode(Record(rpm: rpm)), StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_escape_only_quote_backslash_and_control_characters()
    {
        var result = new CommandResultEvent(
            "rig-01", null, 1, 1, "c-1", null, false, ProtocolReason.OutOfRange, "a\"b\\c/d\n\t\u0001é°C😀");

        Assert.Contains("\"detail\":\"a\\\"b\\\\c/d\\n\\t\\u0001é°C😀\"", Encode(result), StringComparison.Ordinal);
        Assert.Contains("\"cmd\":null", Encode(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_always_written_and_absent_optionals_are_left_out()
    {
        Assert.Equal(
            "{\"v\":1,\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"c-1\",\"cmd\":\"set_gains\",\"kp\":0.1,\"ki\":0.001,\"kd\":0,\"max_duty\":1}",
            Encode(new SetGainsCommand("rig-01", "c-1", 0.1, 0.001, 0)));
        Assert.Equal(
            "{\"v\":1,\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"c-1\",\"cmd\":\"ack_sample\",\"sample\":0}",
            Encode(new AckSampleCommand("rig-01", "c-1", 0)));
        Assert.Equal(
            "{\"v\":1,\"type\":\"command\",\"rig\":\"rig-01\",\"id\":\"c-1\",\"cmd\":\"backfill\",\"run\":\"R-1\",\"from_seq\":5}",
            Encode(new BackfillCommand("rig-01", "c-1", "R-1", 5)));
        Assert.DoesNotContain("replay", Encode(Record()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_a_reader_would_reject_is_refused_with_the_readers_reason()
    {
        var outOfRange = Assert.Throws<ProtocolEncodingException>(() => ProtocolJson.Encode(new StartAutotuneCommand("rig-01", "c-1", 45)));
        Assert.Equal(ProtocolReason.OutOfRange, outOfRange.Reason);
        Assert.Contains("set_c 45 is outside 20..39 °C", outOfRange.Message, StringComparison.Ordinal);

        Assert.Equal(ProtocolReason.MissingId, ProtocolJson.Validate(new ClearFaultCommand("rig-01", "c 1"))?.Reason);
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(new ClearFaultCommand("Rig 1", "c-1"))?.Reason);
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(Record(duty: double.NaN))?.Reason);
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(Record(time: 1e15))?.Reason);
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(new AbortCommand("rig-01", "c-1", RunAbortReason.PowerLost))?.Reason);
        Assert.Equal(
            ProtocolReason.BadSchedule,
            ProtocolJson.Validate(new StartPrewarmCommand("rig-01", "c-1", "R-1", 37, 30, 30, [15, 15.0001]))?.Reason);
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(new AckSampleCommand("rig-01", "c-1", 0, "T\ud800"))?.Reason);
    }

    [Fact]
    public void Status_details_must_match_online()
    {
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(new RigStatus("rig-01", false, RigState.Idle, null, null, null, null))?.Reason);
        Assert.Equal(ProtocolReason.MissingField, ProtocolJson.Validate(new RigStatus("rig-01", true, RigState.Idle, null, null, RigFault.None, 1))?.Reason);
        Assert.False(ProtocolJson.TryEncode(new RigStatus("rig-01", true, null, "1", null, RigFault.None, 1), out var payload, out _));
        Assert.Empty(payload);
    }

    [Fact]
    public void A_detail_over_200_characters_is_refused()
    {
        var detail = new string('x', 200);
        var fits = new CommandResultEvent("rig-01", null, 1, 1, "c-1", "ack_sample", false, ProtocolReason.SampleNotDue, detail);

        Assert.Null(ProtocolJson.Validate(fits));
        Assert.Equal(ProtocolReason.OutOfRange, ProtocolJson.Validate(fits with { Detail = detail + "x" })?.Reason);
    }

    [Fact]
    public void A_rig_message_over_1024_bytes_is_refused_even_when_every_field_is_in_range()
    {
        // 200 four-byte characters of detail plus a 32-character cmd: every field in range, 1,1xx bytes in all.
        var wide = new CommandResultEvent(
            "rig-01", null, 1, 1, "c-1", string.Concat(Enumerable.Repeat("😀", 32)), false, ProtocolReason.SampleNotDue,
            string.Concat(Enumerable.Repeat("😀", 200)));

        Assert.Equal(ProtocolReason.TooLarge, ProtocolJson.Validate(wide)?.Reason);
    }
}
