using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Mqtt.Tests.Topics;

public class MqttTopicFilterTests
{
    // Examples from MQTT 3.1.1 §4.7.1 and the rig protocol's topics.
    [Theory]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
    [InlineData("sport/#", "sport", true)]
    [InlineData("#", "anything/at/all", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1/ranking", false)]
    [InlineData("sport/+", "sport", false)]
    [InlineData("sport/+", "sport/", true)]
    [InlineData("+/+", "/finance", true)]
    [InlineData("/+", "/finance", true)]
    [InlineData("+", "/finance", false)]
    [InlineData("chandler/v1/+/status", "chandler/v1/rig-01/status", true)]
    [InlineData("chandler/v1/+/status", "chandler/v1/rig-01/events", false)]
    [InlineData("chandler/v1/+/#", "chandler/v1/rig-01/telemetry", true)]
    [InlineData("a/b", "a/b", true)]
    [InlineData("a/b", "a/B", false)]
    [InlineData("a/b", "a/b/c", false)]
    [InlineData("a/b/c", "a/b", false)]
    public void MatchesFollowsTheSpecification(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopicFilter.Matches(filter, topic));

    [Theory]
    [InlineData("#", "$SYS/broker/uptime", false)]
    [InlineData("+/broker/uptime", "$SYS/broker/uptime", false)]
    [InlineData("$SYS/#", "$SYS/broker/uptime", true)]
    [InlineData("$SYS/+/uptime", "$SYS/broker/uptime", true)]
    public void DollarTopicsAreNotMatchedByLeadingWildcards(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopicFilter.Matches(filter, topic));

    [Theory]
    [InlineData("#", true)]
    [InlineData("+", true)]
    [InlineData("a/+/b/#", true)]
    [InlineData("/", true)]
    [InlineData("a/#/b", false)]
    [InlineData("a#", false)]
    [InlineData("a/b+", false)]
    [InlineData("++", false)]
    [InlineData("", false)]
    public void FilterValidity(string filter, bool valid)
    {
        Assert.Equal(valid, MqttTopicFilter.IsValidFilter(filter, out string? error));
        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void EveryTopicMatchesItselfAndHashAndPlusPerLevel()
    {
        Gen<string> level = Gen.Elements("a", "b", "rig-01", "", "status", "é");
        Gen<string> topics = Gen.ListOf(level).Where(l => l.Count() is > 0 and < 6).Select(l => string.Join('/', l)).Where(t => t.Length > 0);
        Prop.ForAll(topics.ToArbitrary(), topic =>
        {
            string plusPerLevel = string.Join('/', topic.Split('/').Select(_ => "+"));
            return MqttTopicFilter.Matches(topic, topic) && MqttTopicFilter.Matches("#", topic) && MqttTopicFilter.Matches(plusPerLevel, topic)
                && !MqttTopicFilter.Matches(topic + "/x", topic);
        }).QuickCheckThrowOnFailure();
    }
}
