using System.Text;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Every rig message encoder reproduces its golden example byte for byte (the golden
/// files end with a newline; the encoded object is the file without it).</summary>
public class EncoderGoldenTests
{
    private static readonly Utf8Text Rig = Text("rig-01");
    private static readonly Utf8Text Run = Text("R-20261121-01");
    private readonly JsonWriter _writer = new(ProtocolLimits.MaxRigMessageBytes);

    private static Utf8Text Text(string value)
    {
        var text = new Utf8Text(256);
        text.Set(value);
        return text;
    }

    private void AssertGolden(string file, bool written)
    {
        Assert.True(written, "encoder reported failure");
        Assert.Equal(GoldenFiles.Text(file), Encoding.UTF8.GetString(_writer.Buffer, 0, _writer.Length));
        Assert.Equal((byte)'\n', GoldenFiles.Bytes(file)[^1]);
    }

    [Fact]
    public void Status_online_matches_golden()
    {
        var calibration = new StatusCalibration();
        Assert.True(calibration.Set(-0.07, -0.19, "2026-11-20", "2027-11-20"));
        AssertGolden("status-online.json",
            RigMessageEncoder.WriteStatus(_writer, Rig, RunState.Running, "0.1.0", Run, FaultCode.None, 5400, calibration));
    }

    [Fact]
    public void Status_offline_matches_golden() =>
        AssertGolden("status-offline.json", RigMessageEncoder.WriteOfflineStatus(_writer, Rig));

    private static TelemetryRecord Telemetry(bool replay) => new()
    {
        Sequence = 1834, TimeSeconds = 5400.5, State = RunState.Running, ControlCelsius = 37.012, SafetyCelsius = 37.125,
        SetCelsius = 37.0, DutyCycle = 0.153, MeasuredRpm = 30.02, CommandedRpm = 30.0, ExposureSeconds = 905.5,
        Fault = FaultCode.None, Replay = replay,
    };

    [Fact]
    public void Telemetry_matches_golden() =>
        AssertGolden("telemetry.json", RigMessageEncoder.WriteTelemetry(_writer, Rig, Run, Telemetry(false)));

    [Fact]
    public void Replayed_telemetry_matches_golden() =>
        AssertGolden("telemetry-replay.json", RigMessageEncoder.WriteTelemetry(_writer, Rig, Run, Telemetry(true)));

    [Fact]
    public void Telemetry_rounds_to_the_stated_decimals_and_writes_missing_readings_as_null()
    {
        var record = Telemetry(false);
        record.ControlCelsius = double.NaN;
        record.SafetyCelsius = 37.12549;
        record.DutyCycle = 0.15349;
        record.MeasuredRpm = 30.015;
        record.TimeSeconds = 5400.44;
        Assert.True(RigMessageEncoder.WriteTelemetry(_writer, Rig, null!, record));
        string json = Encoding.UTF8.GetString(_writer.Buffer, 0, _writer.Length);
        Assert.Contains("\"run\":null", json);
        Assert.Contains("\"temp_c\":null,\"safety_c\":37.125,", json);
        Assert.Contains("\"duty\":0.153,", json);
        Assert.Contains("\"t_s\":5400.4,", json);
        Assert.DoesNotContain("replay", json);
    }

    [Fact]
    public void State_changed_matches_golden() =>
        AssertGolden("event-state-changed.json",
            RigEventEncoder.WriteStateChanged(_writer, Rig, Run, 40, 4495.5, RunState.Ready, RunState.Running, 0.0));

    [Fact]
    public void Sample_due_matches_golden() =>
        AssertGolden("event-sample-due.json", RigEventEncoder.WriteSampleDue(_writer, Rig, Run, 41, 5395.5, 1, 15.0));

    [Fact]
    public void Sample_taken_matches_golden() =>
        AssertGolden("event-sample-taken.json",
            RigEventEncoder.WriteSampleTaken(_writer, Rig, Run, 43, 5412.0, 1, 15.0, 916.5, Text("T-07")));

    [Fact]
    public void Fault_matches_golden() =>
        AssertGolden("event-fault.json",
            RigEventEncoder.WriteFault(_writer, Rig, Run, 57, 6020.3, FaultCode.OverTemperature, 41.062, 41.0));

    [Fact]
    public void Fault_cleared_matches_golden() =>
        AssertGolden("event-fault-cleared.json",
            RigEventEncoder.WriteFaultCleared(_writer, Rig, Run, 60, 6400.0, FaultCode.OverTemperature));

    [Fact]
    public void Command_accepted_matches_golden() =>
        AssertGolden("event-command-accepted.json",
            RigEventEncoder.WriteCommandResult(_writer, Rig, Run, 12, 3100.0, Text("c-000101"), Text("start_prewarm"), ProtocolReason.Ok, Text("")));

    [Fact]
    public void Command_rejected_matches_golden() =>
        AssertGolden("event-command-rejected.json",
            RigEventEncoder.WriteCommandResult(_writer, Rig, Run, 42, 5401.0, Text("c-000123"), Text("ack_sample"),
                ProtocolReason.SampleNotDue, Text("sample 2 is not due yet")));

    [Fact]
    public void Message_rejected_matches_golden() =>
        AssertGolden("event-message-rejected.json",
            RigEventEncoder.WriteMessageRejected(_writer, Rig, Run, 13, 3105.2, ProtocolReason.MalformedJson, Text("not valid JSON at byte 31")));

    [Fact]
    public void Autotune_result_matches_golden() =>
        AssertGolden("event-autotune-result.json",
            RigEventEncoder.WriteAutotuneResult(_writer, Rig, null!, 7, 2950.5, AutotuneAbortReason.None, 0.412, 184.5, 0.118, 0.00064, 0.0));

    [Fact]
    public void Autotune_that_did_not_complete_writes_null_numbers()
    {
        Assert.True(RigEventEncoder.WriteAutotuneResult(_writer, Rig, Run, 8, 10.0, AutotuneAbortReason.Timeout, 0.4, 180, 1, 1, 1));
        string json = Encoding.UTF8.GetString(_writer.Buffer, 0, _writer.Length);
        Assert.EndsWith("\"completed\":false,\"reason\":\"timeout\",\"amplitude_c\":null,\"period_s\":null,\"kp\":null,\"ki\":null,\"kd\":null}", json);
    }

    [Fact]
    public void Every_golden_rig_message_is_within_the_1024_byte_limit_and_every_file_is_compact()
    {
        foreach (string path in Directory.GetFiles(GoldenFiles.ExamplesDirectory, "*.json"))
        {
            byte[] bytes = File.ReadAllBytes(path);
            string text = Encoding.UTF8.GetString(bytes);
            Assert.True(text.EndsWith("}\n", StringComparison.Ordinal) && text.IndexOf('\n') == text.Length - 1, path);
            Assert.DoesNotContain(": ", text);
            int limit = Path.GetFileName(path).StartsWith("command-", StringComparison.Ordinal)
                ? ProtocolLimits.MaxCommandBytes : ProtocolLimits.MaxRigMessageBytes;
            Assert.True(bytes.Length - 1 <= limit, path);
        }
    }

    [Fact]
    public void A_message_that_does_not_fit_the_writer_is_reported_as_failed()
    {
        var small = new JsonWriter(64);
        Assert.False(RigMessageEncoder.WriteTelemetry(small, Rig, Run, Telemetry(false)));
        Assert.True(small.Failed);
    }
}
