using System.Text;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Every golden command decodes with the values written in it, and the command encoder
/// writes it back byte for byte.</summary>
public class DecoderGoldenTests
{
    private readonly CommandDecoder _decoder = new("rig-01");
    private readonly DecodedCommand _command = new();

    private DecodedCommand Decode(string file)
    {
        byte[] bytes = GoldenFiles.Bytes(file);
        ProtocolReason reason = _decoder.Decode(bytes, bytes.Length, _command);
        Assert.True(reason == ProtocolReason.Ok, file + ": " + reason + " " + _decoder.Detail);
        Assert.True(_decoder.IdReadable);
        Assert.Equal(0, _decoder.Detail.Length);
        return _command;
    }

    [Fact]
    public void Start_prewarm_golden_decodes_every_field()
    {
        var c = Decode("command-start-prewarm.json");
        Assert.Equal(CommandKind.StartPrewarm, c.Kind);
        Assert.Equal("c-000101", c.Id.ToString());
        Assert.Equal("R-20261121-01", c.Run.ToString());
        Assert.Equal(37.0, c.SetCelsius);
        Assert.Equal(30.0, c.SpeedRpm);
        Assert.Equal(30.0, c.ExposureMinutes);
        Assert.Equal(3, c.SampleCount);
        Assert.Equal(new[] { 0.0, 15.0, 30.0 }, new[] { c.GetSampleMinutes(0), c.GetSampleMinutes(1), c.GetSampleMinutes(2) });
        Assert.Equal(0.3, c.BandCelsius);
        Assert.Equal(300.0, c.HoldSeconds);
        Assert.True(c.RotateWhileSampling);
    }

    [Fact]
    public void Confirm_loaded_and_clear_fault_goldens_decode()
    {
        Assert.Equal(CommandKind.ConfirmLoaded, Decode("command-confirm-loaded.json").Kind);
        Assert.Equal("c-000102", _command.Id.ToString());
        Assert.Equal(CommandKind.ClearFault, Decode("command-clear-fault.json").Kind);
        Assert.Equal("c-000140", _command.Id.ToString());
    }

    [Fact]
    public void Ack_sample_golden_decodes_index_and_tube()
    {
        var c = Decode("command-ack-sample.json");
        Assert.Equal(CommandKind.AckSample, c.Kind);
        Assert.Equal(1, c.SampleIndex);
        Assert.True(c.HasTube);
        Assert.Equal("T-07", c.Tube.ToString());
    }

    [Fact]
    public void Abort_golden_decodes_reason_and_note()
    {
        var c = Decode("command-abort.json");
        Assert.Equal(CommandKind.Abort, c.Kind);
        Assert.Equal(AbortReason.Host, c.AbortReason);
        Assert.True(c.HasNote);
        Assert.Equal("loop 3 leaked at the connector", c.Note.ToString());
    }

    [Fact]
    public void Set_gains_golden_decodes_gains()
    {
        var c = Decode("command-set-gains.json");
        Assert.Equal(CommandKind.SetGains, c.Kind);
        Assert.Equal(0.118, c.Kp);
        Assert.Equal(0.00064, c.Ki);
        Assert.Equal(2.5, c.Kd);
        Assert.Equal(0.8, c.MaxDuty);
    }

    [Fact]
    public void Autotune_identify_and_backfill_goldens_decode()
    {
        Assert.Equal(37.0, Decode("command-start-autotune.json").SetCelsius);
        Assert.Equal(CommandKind.StartAutotune, _command.Kind);
        Assert.Equal(10, Decode("command-identify.json").IdentifySeconds);
        Assert.Equal(CommandKind.Identify, _command.Kind);
        var c = Decode("command-backfill.json");
        Assert.Equal(CommandKind.Backfill, c.Kind);
        Assert.Equal("R-20261121-01", c.Run.ToString());
        Assert.Equal(1700, c.FromSequence);
        Assert.True(c.HasToSequence);
        Assert.Equal(1833, c.ToSequence);
    }

    [Fact]
    public void Every_golden_command_re_encodes_byte_for_byte()
    {
        var rig = new Utf8Text(32);
        rig.Set("rig-01");
        var writer = new JsonWriter(ProtocolLimits.MaxCommandBytes);
        string[] files = Directory.GetFiles(GoldenFiles.ExamplesDirectory, "command-*.json");
        Assert.Equal(9, files.Length);
        foreach (string path in files)
        {
            string file = Path.GetFileName(path);
            Decode(file);
            Assert.True(CommandEncoder.Write(writer, rig, _command), file);
            Assert.Equal(GoldenFiles.Text(file), Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length));
        }
    }

    [Fact]
    public void Optional_fields_take_their_defaults_and_unknown_fields_are_ignored()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(
            " {\"future\":{\"a\":[1,{\"b\":null}]},\"cmd\":\"start_prewarm\",\"v\":1.0,\"rig\":\"rig-01\",\"type\":\"command\",\n" +
            "\"id\":\"c-\\u0031\",\"run\":\"R1\",\"set_c\":36.5,\"rpm\":20,\"exposure_min\":60,\"samples_min\":[],\"x\":\"y\"} ");
        Assert.Equal(ProtocolReason.Ok, _decoder.Decode(bytes, bytes.Length, _command));
        Assert.Equal("c-1", _command.Id.ToString());
        Assert.Equal(0, _command.SampleCount);
        Assert.Equal(0.3, _command.BandCelsius);
        Assert.Equal(300.0, _command.HoldSeconds);
        Assert.True(_command.RotateWhileSampling);
    }
}
