using System.Text;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>
/// The status's optional <c>cal</c> object (docs/protocol.md, "status"): absent is accepted, present it must
/// hold all four members with the right types and ranges, and the encoder writes it last, canonically.
/// The invalid-example table covers commands only, so these cases live here.
/// </summary>
public sealed class StatusCalibrationTests
{
    private const string Topic = "chandler/v1/rig-01/status";
    private const string Online =
        "{\"v\":1,\"type\":\"status\",\"rig\":\"rig-01\",\"online\":true,\"state\":\"idle\",\"fw\":\"0.1.0\",\"run\":null,\"fault\":\"none\",\"uptime_s\":12";

    private static DecodeResult Decode(string json) => ProtocolJson.Decode(Topic, Encoding.UTF8.GetBytes(json));

    private static string WithCal(string cal) => Online + ",\"cal\":" + cal + "}";

    [Fact]
    public void A_status_without_cal_from_an_older_rig_is_accepted_with_no_calibration()
    {
        var status = Assert.IsType<RigStatus>(Decode(Online + "}").Message);

        Assert.Null(status.Calibration);
    }

    [Fact]
    public void Cal_is_read_into_offsets_and_dates_whatever_the_member_order()
    {
        var json = WithCal("{ \"due\":\"2027-11-20\", \"on\":\"2026-11-20\", \"safety_offset_c\":-0.19, \"control_offset_c\":0.0704 }");

        var status = Assert.IsType<RigStatus>(Decode(json).Message);

        Assert.Equal(new RigCalibration(0.0704, -0.19, new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 20)), status.Calibration);
    }

    [Fact]
    public void An_uncalibrated_rig_reports_zero_offsets_and_null_dates()
    {
        var status = Assert.IsType<RigStatus>(
            Decode(WithCal("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":null}")).Message);

        Assert.Equal(RigCalibration.Uncalibrated, status.Calibration);
    }

    [Theory]
    [InlineData("null", ProtocolReason.WrongFieldType)]
    [InlineData("[]", ProtocolReason.WrongFieldType)]
    [InlineData("\"-0.07\"", ProtocolReason.WrongFieldType)]
    [InlineData("{\"safety_offset_c\":0,\"on\":null,\"due\":null}", ProtocolReason.MissingField)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null}", ProtocolReason.MissingField)]
    [InlineData("{\"control_offset_c\":\"0\",\"safety_offset_c\":0,\"on\":null,\"due\":null}", ProtocolReason.WrongFieldType)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":null,\"on\":null,\"due\":null}", ProtocolReason.WrongFieldType)]
    [InlineData("{\"control_offset_c\":2.001,\"safety_offset_c\":0,\"on\":null,\"due\":null}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":-2.5,\"on\":null,\"due\":null}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":20261120,\"due\":null}", ProtocolReason.WrongFieldType)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":\"2026-02-30\",\"due\":null}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":\"2027-1-5\"}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":\"20.11.2027\"}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":\"2027-11-20T00:00\"}", ProtocolReason.OutOfRange)]
    [InlineData("{\"control_offset_c\":0,\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":null}", ProtocolReason.MalformedJson)]
    public void A_cal_that_is_present_but_wrong_rejects_the_status(string cal, ProtocolReason reason)
    {
        var result = Decode(WithCal(cal));

        Assert.False(result.IsAccepted);
        Assert.Equal(reason, result.Rejection!.Reason);
    }

    [Fact]
    public void Offsets_at_the_limits_are_accepted()
    {
        var status = Assert.IsType<RigStatus>(
            Decode(WithCal("{\"control_offset_c\":-2,\"safety_offset_c\":2,\"on\":\"2000-02-29\",\"due\":\"2999-12-31\"}")).Message);

        Assert.Equal(new RigCalibration(-2, 2, new DateOnly(2000, 2, 29), new DateOnly(2999, 12, 31)), status.Calibration);
    }

    [Fact]
    public void A_repeated_cal_rejects_the_status_as_malformed()
    {
        var cal = "{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":null}";

        Assert.Equal(ProtocolReason.MalformedJson, Decode(Online + ",\"cal\":" + cal + ",\"cal\":" + cal + "}").Rejection?.Reason);
    }

    [Fact]
    public void The_encoder_writes_cal_last_rounded_to_three_decimals_with_null_dates()
    {
        var status = RigStatus.CreateOnline("rig-01", RigState.Idle, "0.1.0", null, RigFault.None, 12,
            new RigCalibration(0.12349, -1.9995, new DateOnly(2026, 1, 5), null));

        var json = Encoding.UTF8.GetString(ProtocolJson.Encode(status));

        Assert.Equal(WithCal("{\"control_offset_c\":0.123,\"safety_offset_c\":-2,\"on\":\"2026-01-05\",\"due\":null}"), json);
    }

    [Fact]
    public void The_encoder_refuses_an_offset_a_reader_would_reject()
    {
        var status = RigStatus.CreateOnline("rig-01", RigState.Idle, "0.1.0", null, RigFault.None, 12,
            new RigCalibration(2.1, 0, null, null));

        Assert.False(ProtocolJson.TryEncode(status, out _, out var rejection));
        Assert.Equal(ProtocolReason.OutOfRange, rejection!.Reason);
    }

    [Fact]
    public void An_offline_status_carries_no_calibration()
    {
        var offline = RigStatus.CreateOffline("rig-01") with { Calibration = RigCalibration.Uncalibrated };

        Assert.False(ProtocolJson.TryEncode(offline, out _, out var rejection));
        Assert.Equal(ProtocolReason.OutOfRange, rejection!.Reason);
    }
}
