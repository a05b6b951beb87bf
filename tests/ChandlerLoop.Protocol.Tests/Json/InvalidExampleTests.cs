using System.Text.RegularExpressions;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>
/// docs/protocol/examples/invalid/README.md lists each invalid command with the answer and reason the rig
/// gives; the host decoder must reject each with the same reason, and know whether a rig could answer by id.
/// </summary>
public sealed partial class InvalidExampleTests
{
    private const string Topic = "chandler/v1/rig-01/commands";

    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (file, answer, reason) in ReadTable())
        {
            data.Add(file, answer, reason);
        }

        return data;
    }

    [Fact]
    public void Every_invalid_file_is_listed_in_the_readme_and_the_other_way_round()
    {
        var listed = ReadTable().Select(row => row.File).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(GoldenFiles.Directory, "invalid"))
            .Select(Path.GetFileName)
            .Where(name => name != "README.md")
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Invalid_example_is_rejected_with_the_documented_reason(string file, string answer, string reason)
    {
        var payload = GoldenFiles.Read(Path.Combine("invalid", file));

        var result = ProtocolJson.Decode(Topic, payload);

        Assert.False(result.IsAccepted, $"{file} was accepted");
        Assert.Equal(reason, ProtocolNames.ToWire(result.Rejection.Reason));
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Detail));
        if (answer == "message_rejected")
        {
            Assert.Null(result.Rejection.CommandId);
        }
        else
        {
            Assert.Equal("command_result", answer);
            Assert.Matches("^c-[0-9]{6}$", result.Rejection.CommandId);
        }
    }

    private static IEnumerable<(string File, string Answer, string Reason)> ReadTable()
    {
        var readme = File.ReadAllLines(Path.Combine(GoldenFiles.Directory, "invalid", "README.md"));
        foreach (var line in readme)
        {
            var match = TableRow().Match(line);
            if (match.Success)
            {
                yield return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
            }
        }
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| `([a-z_]+)` \| `([a-z_]+)` \|")]
    private static partial Regex TableRow();
}
