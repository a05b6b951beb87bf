using System.Text;
using System.Text.Json;
using ChandlerLoop.Control.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>FsCheck properties: whatever arrives on the commands topic, the processor never
/// throws, answers with one well-formed event (or ignores a repeated id), and changes nothing
/// unless it accepted; valid commands survive encode → decode unchanged.</summary>
public class ProtocolPropertyTests
{
    private static readonly string[] GoldenCommands =
        Directory.GetFiles(GoldenFiles.ExamplesDirectory, "command-*.json").Order().ToArray();

    private static Config Runs(int count) => Config.QuickThrowOnFailure.WithMaxTest(count);

    private static readonly Gen<int> Seeds = Gen.Choose(0, int.MaxValue);

    private static readonly Gen<byte[]> RandomBytes =
        Gen.Choose(0, 2600).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    private static readonly Gen<byte[]> JsonAlphabet =
        Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Elements("{}[]\",:0123456789.-+eEtrufalsn \\u\t\"x".Select(c => (byte)c).ToArray()), n));

    /// <summary>Sends <paramref name="payload"/> to a fresh rig and checks the answer's shape and
    /// that a non-accepted payload changed nothing.</summary>
    private static bool SendChecked(byte[] payload)
    {
        var rig = new ProtocolTestRig();
        var before = rig.Snapshot();
        CommandOutcome outcome = rig.Send(payload);
        Assert.NotEqual(CommandOutcome.Ignored, outcome);
        Assert.InRange(rig.Processor.Output.Length, 2, ProtocolLimits.MaxRigMessageBytes);
        Assert.False(rig.Processor.Output.Failed);
        var evt = rig.Output();
        Assert.Equal(outcome == CommandOutcome.Rejected ? "message_rejected" : "command_result", evt.GetProperty("event").GetString());
        Assert.Equal(ProtocolNames.Reason(rig.Processor.Reason), evt.GetProperty("reason").GetString());
        Assert.Equal(1, evt.GetProperty("v").GetInt32());
        if (outcome == CommandOutcome.Accepted)
        {
            Assert.True(evt.GetProperty("accepted").GetBoolean());
        }
        else
        {
            Assert.NotEqual(ProtocolReason.Ok, rig.Processor.Reason);
            Assert.NotEqual("", evt.GetProperty("detail").GetString());
            Assert.Equal(before, rig.Snapshot());
        }

        return true;
    }

    [Fact]
    public void Random_bytes_never_throw_and_never_change_state() =>
        Check.One(Runs(300), Prop.ForAll(Arb.From(RandomBytes), SendChecked));

    [Fact]
    public void Random_json_like_text_never_throws_and_never_changes_state() =>
        Check.One(Runs(500), Prop.ForAll(Arb.From(JsonAlphabet), SendChecked));

    [Fact]
    public void Damaged_golden_commands_never_throw_and_change_nothing_when_refused() =>
        Check.One(Runs(1500), Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var r = new Random(seed);
            byte[] golden = File.ReadAllBytes(GoldenCommands[r.Next(GoldenCommands.Length)]);
            return SendChecked(PayloadMutator.Damage(golden, r));
        }));

    [Fact]
    public void Unknown_fields_order_and_whitespace_do_not_change_the_decoded_command() =>
        Check.One(Runs(500), Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var r = new Random(seed);
            byte[] golden = File.ReadAllBytes(GoldenCommands[r.Next(GoldenCommands.Length)]);
            var decoder = new CommandDecoder("rig-01");
            var expected = new DecodedCommand();
            var actual = new DecodedCommand();
            Assert.Equal(ProtocolReason.Ok, decoder.Decode(golden, golden.Length, expected));
            byte[] variant = PayloadMutator.Harmless(golden, r);
            Assert.True(decoder.Decode(variant, variant.Length, actual) == ProtocolReason.Ok,
                Encoding.UTF8.GetString(variant) + " → " + decoder.Detail);
            Assert.Equal(RandomCommands.Describe(expected), RandomCommands.Describe(actual));
            return true;
        }));

    [Fact]
    public void Valid_random_commands_round_trip_through_encode_and_decode() =>
        Check.One(Runs(2000), Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var r = new Random(seed);
            var rig = new Utf8Text(32);
            rig.Set("rig-01");
            var original = new DecodedCommand();
            RandomCommands.Fill(original, r);
            var writer = new JsonWriter(ProtocolLimits.MaxCommandBytes);
            Assert.True(CommandEncoder.Write(writer, rig, original));
            byte[] first = writer.Buffer[..writer.Length];

            var decoder = new CommandDecoder("rig-01");
            var decoded = new DecodedCommand();
            Assert.True(decoder.Decode(first, first.Length, decoded) == ProtocolReason.Ok,
                Encoding.UTF8.GetString(first) + " → " + decoder.Detail);
            Assert.Equal(RandomCommands.Describe(original), RandomCommands.Describe(decoded));
            Assert.True(CommandEncoder.Write(writer, rig, decoded));
            Assert.Equal(first, writer.Buffer[..writer.Length]);
            using var doc = JsonDocument.Parse(first);
            Assert.Equal(ProtocolNames.Command(original.Kind), doc.RootElement.GetProperty("cmd").GetString());
            return true;
        }));

    [Fact]
    public void The_json_reader_agrees_with_System_Text_Json_on_what_is_valid() =>
        Check.One(Runs(3000), Prop.ForAll(Arb.From(Gen.OneOf(JsonAlphabet, Seeds.Select(seed =>
        {
            var r = new Random(seed);
            return PayloadMutator.Damage(File.ReadAllBytes(GoldenCommands[r.Next(GoldenCommands.Length)]), r);
        }))), bytes =>
        {
            var reader = new JsonReader();
            bool ours = reader.Load(bytes, bytes.Length);
            if (!ours && reader.Error == JsonReaderError.TooDeep)
            {
                return true;
            }

            if (!IsWellFormedUtf8(bytes))
            {
                // System.Text.Json does not check UTF-8 while parsing; ours refuses it (RFC 8259 §8.1).
                Assert.False(ours);
                return true;
            }

            bool theirs;
            try
            {
                using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                theirs = true;
            }
            catch (JsonException)
            {
                theirs = false;
            }

            Assert.True(ours == theirs, Convert.ToHexString(bytes) + $" ours={ours} System.Text.Json={theirs}");
            return true;
        }));

    private static bool IsWellFormedUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [Fact]
    public void Telemetry_values_survive_encoding_to_the_stated_decimals() =>
        Check.One(Runs(1000), Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var r = new Random(seed);
            var record = new TelemetryRecord
            {
                Sequence = r.Next(1, int.MaxValue), TimeSeconds = r.NextDouble() * 1e7, State = (ChandlerLoop.Control.Run.RunState)r.Next(0, 8),
                ControlCelsius = r.Next(5) == 0 ? double.NaN : r.NextDouble() * 100 - 20,
                SafetyCelsius = r.Next(5) == 0 ? double.NaN : r.NextDouble() * 100 - 20,
                SetCelsius = r.NextDouble() * 42, DutyCycle = r.NextDouble(), MeasuredRpm = r.NextDouble() * 60,
                CommandedRpm = r.NextDouble() * 60, ExposureSeconds = r.NextDouble() * 14400,
                Fault = (ChandlerLoop.Control.Safety.FaultCode)r.Next(0, 10), Replay = r.Next(2) == 0,
            };
            var rigId = new Utf8Text(32);
            rigId.Set("rig-01");
            var writer = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);
            Assert.True(RigMessageEncoder.WriteTelemetry(writer, rigId, null!, record));
            var json = JsonDocument.Parse(writer.Buffer.AsMemory(0, writer.Length)).RootElement;
            static void Near(double expected, int decimals, JsonElement e)
            {
                if (double.IsNaN(expected))
                {
                    Assert.Equal(JsonValueKind.Null, e.ValueKind);
                    return;
                }

                Assert.Equal(Math.Round(expected, decimals, MidpointRounding.AwayFromZero), e.GetDouble(), Math.Pow(10, -decimals) * 0.5001);
            }

            Assert.Equal(record.Sequence, json.GetProperty("seq").GetInt32());
            Near(record.TimeSeconds, 1, json.GetProperty("t_s"));
            Near(record.ControlCelsius, 3, json.GetProperty("temp_c"));
            Near(record.SafetyCelsius, 3, json.GetProperty("safety_c"));
            Near(record.DutyCycle, 3, json.GetProperty("duty"));
            Near(record.MeasuredRpm, 2, json.GetProperty("rpm"));
            Near(record.ExposureSeconds, 1, json.GetProperty("exp_s"));
            Assert.Equal(ProtocolNames.State(record.State), json.GetProperty("state").GetString());
            Assert.Equal(ProtocolNames.Fault(record.Fault), json.GetProperty("fault").GetString());
            Assert.Equal(record.Replay, json.TryGetProperty("replay", out var replay) && replay.GetBoolean());
            return true;
        }));
}
