using System.Text;

namespace ChandlerLoop.Mqtt.Tests.Messages;

public class MqttApplicationMessageBuilderTests
{
    [Fact]
    public void BuildsTheMessageAsConfigured()
    {
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic("chandler/v1/rig-01/status").WithPayload("ü").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag().Build();

        Assert.Equal("chandler/v1/rig-01/status", message.Topic);
        Assert.Equal(Encoding.UTF8.GetBytes("ü"), message.Payload.ToArray());
        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, message.QualityOfServiceLevel);
        Assert.True(message.Retain);
        Assert.False(message.Duplicate);
    }

    [Fact]
    public void MissingTopicIsRefusedWithAnExample() =>
        Assert.Contains("WithTopic", Assert.Throws<ArgumentException>(() => new MqttApplicationMessageBuilder().Build()).Message);

    [Theory]
    [InlineData("a/+/b", "wildcard")]
    [InlineData("a/#", "wildcard")]
    [InlineData("", "empty")]
    [InlineData("a\0b", "U+0000")]
    public void InvalidTopicsAreRefused(string topic, string reason) =>
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => new MqttApplicationMessageBuilder().WithTopic(topic).Build()).Message);

    [Fact]
    public void TopicWithAnUnpairedSurrogateIsRefused()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate.
        string topic = "a" + (char)0xD800;
        Assert.Contains("surrogate", Assert.Throws<ArgumentException>(() => new MqttApplicationMessageBuilder().WithTopic(topic).Build()).Message);
    }

    [Fact]
    public void TopicOfMoreThan65535BytesIsRefused() =>
        Assert.Contains("65535", Assert.Throws<ArgumentException>(() => new MqttApplicationMessageBuilder().WithTopic(new string('é', 40_000)).Build()).Message);

    [Fact]
    public void QoS2IsRefused() =>
        Assert.Contains("QoS 2", Assert.Throws<ArgumentException>(() => new MqttApplicationMessageBuilder().WithTopic("a").WithQualityOfServiceLevel((MqttQualityOfServiceLevel)2).Build()).Message);
}
