using System.Text;
using ChandlerLoop.Protocol.Json;

namespace ChandlerLoop.Protocol.Tests.Json;

public sealed class GoldenExampleTests
{
    public static TheoryData<string> ValidGoldens() => new(GoldenFiles.ValidNames());

    [Fact]
    public void Every_golden_file_has_a_hand_written_expectation_and_every_expectation_a_file()
    {
        Assert.Equal(
            GoldenExpectations.ByFile.Keys.Order(StringComparer.Ordinal),
            GoldenFiles.ValidNames());
    }

    [Theory]
    [MemberData(nameof(ValidGoldens))]
    public void Golden_decodes_to_the_expected_message(string file)
    {
        var result = ProtocolJson.Decode(GoldenFiles.TopicFor(file), GoldenFiles.Payload(file));

        Assert.True(result.IsAccepted, $"{file}: {result.Rejection}");
        Assert.Equal(GoldenExpectations.ByFile[file], result.Message);
    }

    [Theory]
    [MemberData(nameof(ValidGoldens))]
    public void Golden_decodes_with_its_trailing_newline_too(string file)
    {
        Assert.True(ProtocolJson.Decode(GoldenFiles.TopicFor(file), GoldenFiles.Read(file)).IsAccepted);
    }

    [Theory]
    [MemberData(nameof(ValidGoldens))]
    public void Expected_message_encodes_to_the_golden_bytes(string file)
    {
        var encoded = ProtocolJson.Encode(GoldenExpectations.ByFile[file]);

        Assert.Equal(Encoding.UTF8.GetString(GoldenFiles.Payload(file)), Encoding.UTF8.GetString(encoded));
    }

    [Theory]
    [MemberData(nameof(ValidGoldens))]
    public void Decoded_golden_reencodes_byte_for_byte(string file)
    {
        var payload = GoldenFiles.Payload(file);
        var decoded = ProtocolJson.Decode(GoldenFiles.TopicFor(file), payload);

        Assert.Equal(payload, ProtocolJson.Encode(decoded.Message!));
    }

    [Theory]
    [MemberData(nameof(ValidGoldens))]
    public void Golden_is_within_its_size_limit(string file)
    {
        var limit = file.StartsWith("command", StringComparison.Ordinal) ? 2048 : 1024;

        Assert.InRange(GoldenFiles.Payload(file).Length, 1, limit);
    }
}
