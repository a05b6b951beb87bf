using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientSubscribeTests
{
    internal static async Task<MqttClientSubscribeResult> SubscribeAsync(ClientHarness harness, ScriptedBroker broker, string filter, MqttQualityOfServiceLevel qos, byte grant)
    {
        Task<MqttClientSubscribeResult> subscribe = harness.Client.SubscribeAsync(filter, qos);
        MqttSubscribePacket packet = await broker.ReceiveAsync<MqttSubscribePacket>();
        Assert.Equal(filter, packet.TopicFilters.Single());
        Assert.Equal((byte)qos, packet.RequestedQoS.Single());
        await broker.SendAsync(new MqttSubAckPacket(packet.PacketIdentifier, new[] { grant }));
        return await subscribe.WaitAsync(ScriptedBroker.DefaultWait);
    }

    [Fact]
    public async Task GrantedSubscriptionReturnsTheGrantedQoSAndIsRemembered()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        MqttClientSubscribeResult result = await SubscribeAsync(harness, broker, "chandler/v1/+/#", MqttQualityOfServiceLevel.AtLeastOnce, grant: 0);

        MqttClientSubscribeResultItem item = Assert.Single(result.Items);
        Assert.True(item.IsSuccess);
        Assert.Equal(MqttQualityOfServiceLevel.AtMostOnce, item.GrantedQoS); // the broker may downgrade
        Assert.Equal(new[] { "chandler/v1/+/#" }, harness.Client.ActiveSubscriptions);
    }

    [Fact]
    public async Task RefusedSubscriptionIsAFailureWithAReadableReasonAndIsNotRemembered()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        MqttClientSubscribeResult result = await SubscribeAsync(harness, broker, "chandler/v1/rig-02/commands", MqttQualityOfServiceLevel.AtLeastOnce, grant: 0x80);

        MqttClientSubscribeResultItem item = Assert.Single(result.Items);
        Assert.True(item.IsFailure);
        Assert.Contains("ACL", item.ReasonText);
        Assert.Empty(harness.Client.ActiveSubscriptions);
    }

    [Fact]
    public async Task GrantAboveTheRequestedQoSIsAProtocolViolation()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        await Assert.ThrowsAsync<MqttProtocolViolationException>(() => SubscribeAsync(harness, broker, "a", MqttQualityOfServiceLevel.AtMostOnce, grant: 1));
        Assert.IsType<MqttProtocolViolationException>((await harness.NextDisconnectionAsync()).Exception);
    }

    [Fact]
    public async Task SubscribeTimesOutWhenTheBrokerDoesNotAnswer()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithTimeout(TimeSpan.FromSeconds(5)));
        ScriptedBroker broker = await harness.ConnectAsync();

        Task<MqttClientSubscribeResult> subscribe = harness.Client.SubscribeAsync("a", MqttQualityOfServiceLevel.AtLeastOnce);
        await broker.ReceiveAsync<MqttSubscribePacket>();
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => subscribe.WaitAsync(ScriptedBroker.DefaultWait));
        Assert.Contains("did not answer SUBSCRIBE", error.Message);
    }

    [Fact]
    public async Task UnsubscribeCompletesOnUnsubAckAndForgetsTheFilter()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        await SubscribeAsync(harness, broker, "a/+", MqttQualityOfServiceLevel.AtLeastOnce, grant: 1);

        Task unsubscribe = harness.Client.UnsubscribeAsync("a/+");
        MqttUnsubscribePacket packet = await broker.ReceiveAsync<MqttUnsubscribePacket>();
        Assert.Equal("a/+", packet.TopicFilters.Single());
        await Task.Delay(20);
        Assert.False(unsubscribe.IsCompleted);
        await broker.SendAsync(new MqttUnsubAckPacket(packet.PacketIdentifier));

        await unsubscribe.WaitAsync(ScriptedBroker.DefaultWait);
        Assert.Empty(harness.Client.ActiveSubscriptions);
    }

    [Theory]
    [InlineData("a/#/b")]
    [InlineData("a+")]
    [InlineData("")]
    public async Task InvalidFiltersAreRefusedBeforeSending(string filter)
    {
        await using ClientHarness harness = ClientHarness.Create();
        await harness.ConnectAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtMostOnce));
    }

    [Fact]
    public async Task QoS2SubscriptionIsRefused()
    {
        await using ClientHarness harness = ClientHarness.Create();
        await harness.ConnectAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SubscribeAsync("a", (MqttQualityOfServiceLevel)2));
        Assert.Contains("QoS 2", error.Message);
    }
}
