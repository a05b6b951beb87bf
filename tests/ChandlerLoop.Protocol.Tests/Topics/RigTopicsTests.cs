using ChandlerLoop.Protocol.Tests.Json;
using ChandlerLoop.Protocol.Topics;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Protocol.Tests.Topics;

public sealed class RigTopicsTests
{
    [Fact]
    public void Topic_names_follow_the_documented_pattern()
    {
        Assert.Equal("chandler/v1/rig-01/status", RigTopics.Status("rig-01"));
        Assert.Equal("chandler/v1/rig-01/telemetry", RigTopics.Telemetry("rig-01"));
        Assert.Equal("chandler/v1/rig-01/events", RigTopics.Events("rig-01"));
        Assert.Equal("chandler/v1/rig-01/commands", RigTopics.Commands("rig-01"));
        Assert.Equal("chandler/v1/+/#", RigTopics.HostSubscriptionFilter);
    }

    [Fact]
    public void Every_valid_rig_and_kind_parses_back_to_itself()
    {
        var cases = from rig in MessageGenerators.RigId
                    from kind in MessageGenerators.Enum<RigTopicKind>()
                    select (rig, kind);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(cases.ToArbitrary(), ((string Rig, RigTopicKind Kind) c) =>
        {
            Assert.True(RigTopics.TryParse(RigTopics.For(c.Rig, c.Kind), out var parsed));
            Assert.Equal(new RigTopic(c.Rig, c.Kind), parsed);
        }));
    }

    [Theory]
    [InlineData("rig-01", true)]
    [InlineData("0", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", false)]
    [InlineData("", false)]
    [InlineData("-rig", false)]
    [InlineData("Rig-01", false)]
    [InlineData("rig_01", false)]
    [InlineData("rig 01", false)]
    [InlineData("rig/01", false)]
    [InlineData("+", false)]
    [InlineData("#", false)]
    [InlineData(null, false)]
    public void Rig_ids_are_lower_case_letters_digits_and_dashes(string? rigId, bool valid)
    {
        Assert.Equal(valid, RigTopics.IsValidRigId(rigId));
    }

    [Theory]
    [InlineData("chandler/v2/rig-01/status")]
    [InlineData("chandler/v1/rig-01/status/extra")]
    [InlineData("chandler/v1/rig-01/Status")]
    [InlineData("chandler/v1/rig-01/")]
    [InlineData("chandler/v1/rig-01")]
    [InlineData("chandler/v1//status")]
    [InlineData("chandler/v1/+/status")]
    [InlineData("chandler/v1/RIG/status")]
    [InlineData("/chandler/v1/rig-01/status")]
    [InlineData("chandler/v1/rig-01/event")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_rig_topic(string? topic)
    {
        Assert.False(RigTopics.TryParse(topic, out _));
    }

    [Fact]
    public void An_invalid_rig_id_cannot_make_a_topic()
    {
        var exception = Assert.Throws<ArgumentException>(() => RigTopics.Status("Rig 1"));

        Assert.Contains("a-z", exception.Message, StringComparison.Ordinal);
    }
}
