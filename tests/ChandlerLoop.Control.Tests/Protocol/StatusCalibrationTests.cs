using System.Text;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The device writes the status's <c>cal</c> object last, canonically, and refuses a status
/// whose calibration a reader would reject (docs/protocol.md, "status").</summary>
public class StatusCalibrationTests
{
    private const string Head =
        "{\"v\":1,\"type\":\"status\",\"rig\":\"rig-01\",\"online\":true,\"state\":\"idle\",\"fw\":\"0.1.0\",\"run\":null,\"fault\":\"none\",\"uptime_s\":7";

    private readonly JsonWriter _writer = new(ProtocolLimits.MaxRigMessageBytes);
    private readonly Utf8Text _rig = new(ProtocolLimits.MaxRigIdChars);
    private readonly Utf8Text _run = new(ProtocolLimits.MaxRunIdChars);

    public StatusCalibrationTests() => _rig.Set("rig-01");

    private bool Write(StatusCalibration? calibration) =>
        RigMessageEncoder.WriteStatus(_writer, _rig, RunState.Idle, "0.1.0", _run, FaultCode.None, 7, calibration);

    private string Written => Encoding.UTF8.GetString(_writer.Buffer, 0, _writer.Length);

    [Fact]
    public void Without_a_calibration_the_status_has_no_cal_as_before()
    {
        Assert.True(Write(null));
        Assert.Equal(Head + "}", Written);
        Assert.True(RigMessageEncoder.WriteStatus(_writer, _rig, RunState.Idle, "0.1.0", _run, FaultCode.None, 7));
        Assert.Equal(Head + "}", Written);
    }

    [Fact]
    public void An_uncalibrated_rig_writes_zero_offsets_and_null_dates()
    {
        var calibration = new StatusCalibration();
        Assert.True(calibration.SetFrom(new CalibrationSettings()));

        Assert.True(Write(calibration));
        Assert.Equal(Head + ",\"cal\":{\"control_offset_c\":0,\"safety_offset_c\":0,\"on\":null,\"due\":null}}", Written);
    }

    [Fact]
    public void Offsets_are_rounded_to_three_decimals_and_dates_copied_from_the_settings()
    {
        var settings = new CalibrationSettings
        {
            ControlOffsetCelsius = 0.12349, SafetyOffsetCelsius = -1.9995, CalibratedOn = "2026-11-20", DueOn = "2027-11-20",
        };
        var calibration = new StatusCalibration();
        Assert.True(calibration.SetFrom(settings));

        Assert.True(Write(calibration));
        Assert.Equal(
            Head + ",\"cal\":{\"control_offset_c\":0.123,\"safety_offset_c\":-2,\"on\":\"2026-11-20\",\"due\":\"2027-11-20\"}}",
            Written);
    }

    [Theory]
    [InlineData(2.001, 0.0, null, null)]
    [InlineData(0.0, -2.5, null, null)]
    [InlineData(double.NaN, 0.0, null, null)]
    [InlineData(0.0, 0.0, "2026-02-30", null)]
    [InlineData(0.0, 0.0, null, "2027-1-5")]
    [InlineData(0.0, 0.0, "20.11.2026", null)]
    public void A_calibration_a_reader_would_reject_makes_the_status_unwritable(
        double control, double safety, string? on, string? due)
    {
        var calibration = new StatusCalibration();

        Assert.False(calibration.Set(control, safety, on, due));
        Assert.False(Write(calibration));
    }

    [Fact]
    public void Setting_again_replaces_the_previous_dates()
    {
        var calibration = new StatusCalibration();
        calibration.Set(0.0, 0.0, "2026-11-20", "2027-11-20");

        Assert.True(calibration.Set(0.5, -0.5, null, string.Empty));
        Assert.Equal(0, calibration.CalibratedOn.Length);
        Assert.Equal(0, calibration.DueOn.Length);
        Assert.True(Write(calibration));
        Assert.EndsWith(",\"cal\":{\"control_offset_c\":0.5,\"safety_offset_c\":-0.5,\"on\":null,\"due\":null}}", Written);
    }
}
