using System.Text.RegularExpressions;
using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Each invalid example in docs/protocol/examples/invalid gets the answer, reason and
/// detail its README documents, and changes nothing on the rig.</summary>
public class InvalidExampleTests
{
    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        string readme = File.ReadAllText(Path.Combine(GoldenFiles.InvalidDirectory, "README.md"));
        foreach (Match m in Regex.Matches(readme, @"^\| `([^`]+)` \| `([^`]+)` \| `([^`]+)` \| `([^`]*)` \|$", RegexOptions.Multiline))
        {
            data.Add(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
        }

        return data;
    }

    [Fact]
    public void Every_invalid_example_file_is_listed_in_the_readme()
    {
        var listed = Rows().Select(row => (string)row[0]).ToHashSet();
        var files = Directory.GetFiles(GoldenFiles.InvalidDirectory).Select(Path.GetFileName)
            .Where(name => name != "README.md").ToHashSet();
        Assert.Equal(files.OrderBy(f => f), listed.OrderBy(f => f));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Invalid_example_gets_its_documented_answer_and_changes_nothing(string file, string answer, string reason, string detail)
    {
        var rig = new ProtocolTestRig();
        var before = rig.Snapshot();
        CommandOutcome outcome = rig.Send(GoldenFiles.InvalidBytes(file));

        Assert.Equal(answer == "message_rejected" ? CommandOutcome.Rejected : CommandOutcome.Refused, outcome);
        var evt = rig.Output();
        Assert.Equal(answer, evt.GetProperty("event").GetString());
        Assert.Equal(reason, evt.GetProperty("reason").GetString());
        Assert.Equal(detail, evt.GetProperty("detail").GetString());
        if (answer == "command_result")
        {
            Assert.False(evt.GetProperty("accepted").GetBoolean());
        }

        Assert.Equal(before, rig.Snapshot());
    }
}
