using ChandlerLoop.Mqtt.Client;
using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientReconnectTests
{
    private static readonly MqttReconnectOptions NoJitter = new() { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8), JitterFraction = 0 };

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 2.0)]
    [InlineData(2, 4.0)]
    [InlineData(3, 8.0)]
    [InlineData(4, 8.0)] // capped at MaxDelay
    [InlineData(1000, 8.0)]
    public void BackoffDoublesFromTheInitialDelayUpToTheMaximum(int attempt, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, MqttReconnectBackoff.GetDelay(NoJitter, attempt, 0.5).TotalSeconds, 9);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.999999, 1.2)]
    public void JitterSpreadsTheDelayByThePlusMinusFraction(double uniform, double expectedFactor)
    {
        var options = new MqttReconnectOptions { InitialDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(60), JitterFraction = 0.2 };
        Assert.Equal(10 * expectedFactor, MqttReconnectBackoff.GetDelay(options, 0, uniform).TotalSeconds, 3);
    }

    [Fact]
    public async Task ReconnectAttemptsFollowTheBackoffAndFailuresAreReported()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect(NoJitter));
        ScriptedBroker broker = await harness.ConnectAsync();
        harness.Factory.Refuse = true;
        broker.Drop();
        Assert.True((await harness.NextDisconnectionAsync()).ClientWasConnected);

        foreach (double delaySeconds in new[] { 1.0, 2.0, 4.0, 8.0, 8.0 })
        {
            int attemptsBefore = harness.Factory.ConnectAttempts;
            await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(delaySeconds));
            harness.Time.Advance(TimeSpan.FromSeconds(delaySeconds) - TimeSpan.FromMilliseconds(1));
            Assert.Equal(attemptsBefore, harness.Factory.ConnectAttempts);
            harness.Time.Advance(TimeSpan.FromMilliseconds(1));

            MqttClientDisconnectedEventArgs failed = await harness.NextDisconnectionAsync();
            Assert.False(failed.ClientWasConnected);
            Assert.Contains("Reconnect attempt", failed.Reason);
            Assert.Equal(attemptsBefore + 1, harness.Factory.ConnectAttempts);
        }

        harness.Factory.Refuse = false;
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(8));
        harness.Time.Advance(TimeSpan.FromSeconds(8));
        await harness.AcceptReconnectAsync(sessionPresent: false);
        await harness.NextConnectionEventAsync(); // first connect
        await harness.NextConnectionEventAsync(); // the reconnect
        Assert.True(harness.Client.IsConnected);
    }

    [Fact]
    public async Task UnacknowledgedQoS1IsResentWithDupAndTheSameIdentifierAfterReconnect()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithCleanSession(false).WithAutoReconnect(NoJitter));
        ScriptedBroker broker = await harness.ConnectAsync();
        Task<MqttClientPublishResult> first = harness.Client.PublishAsync(ClientHarness.Message("one"));
        Task<MqttClientPublishResult> second = harness.Client.PublishAsync(ClientHarness.Message("two"));
        MqttPublishPacket sentOne = await broker.ReceiveAsync<MqttPublishPacket>();
        MqttPublishPacket sentTwo = await broker.ReceiveAsync<MqttPublishPacket>();

        broker.Drop();
        await harness.NextDisconnectionAsync();
        Assert.False(first.IsCompleted);
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        ScriptedBroker again = await harness.AcceptReconnectAsync(sessionPresent: true);

        MqttPublishPacket resentOne = await again.ReceiveAsync<MqttPublishPacket>();
        MqttPublishPacket resentTwo = await again.ReceiveAsync<MqttPublishPacket>();
        Assert.True(resentOne.Duplicate);
        Assert.True(resentTwo.Duplicate);
        Assert.Equal(sentOne.PacketIdentifier, resentOne.PacketIdentifier);
        Assert.Equal(sentTwo.PacketIdentifier, resentTwo.PacketIdentifier);
        Assert.Equal("one", ClientHarness.PayloadOf(resentOne));
        Assert.Equal("two", ClientHarness.PayloadOf(resentTwo));

        await again.SendAsync(new MqttPubAckPacket(resentOne.PacketIdentifier));
        await again.SendAsync(new MqttPubAckPacket(resentTwo.PacketIdentifier));
        Assert.True((await first.WaitAsync(ScriptedBroker.DefaultWait)).IsSuccess);
        Assert.True((await second.WaitAsync(ScriptedBroker.DefaultWait)).IsSuccess);
    }

    [Fact]
    public async Task SubscriptionsAreRestoredAfterReconnectWhenTheBrokerHasNoSession()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect(NoJitter));
        ScriptedBroker broker = await harness.ConnectAsync();
        await MqttClientSubscribeTests.SubscribeAsync(harness, broker, "chandler/v1/+/status", MqttQualityOfServiceLevel.AtLeastOnce, grant: 1);
        await MqttClientSubscribeTests.SubscribeAsync(harness, broker, "chandler/v1/+/events", MqttQualityOfServiceLevel.AtMostOnce, grant: 0);

        broker.Drop();
        await harness.NextDisconnectionAsync();
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        ScriptedBroker again = await harness.AcceptReconnectAsync(sessionPresent: false);

        var restored = new Dictionary<string, byte>();
        for (int i = 0; i < 2; i++)
        {
            MqttSubscribePacket subscribe = await again.ReceiveAsync<MqttSubscribePacket>();
            restored[subscribe.TopicFilters.Single()] = subscribe.RequestedQoS.Single();
            await again.SendAsync(new MqttSubAckPacket(subscribe.PacketIdentifier, subscribe.RequestedQoS));
        }

        Assert.Equal(new Dictionary<string, byte> { ["chandler/v1/+/status"] = 1, ["chandler/v1/+/events"] = 0 }, restored);
    }

    [Fact]
    public async Task SubscriptionsAreNotRepeatedWhenTheBrokerResumedTheSession()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithCleanSession(false).WithAutoReconnect(NoJitter));
        ScriptedBroker broker = await harness.ConnectAsync();
        await MqttClientSubscribeTests.SubscribeAsync(harness, broker, "a/#", MqttQualityOfServiceLevel.AtLeastOnce, grant: 1);

        broker.Drop();
        await harness.NextDisconnectionAsync();
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        ScriptedBroker again = await harness.AcceptReconnectAsync(sessionPresent: true);
        await harness.NextConnectionEventAsync();
        await harness.NextConnectionEventAsync();

        // The first packet after CONNACK is the application's publish, not a SUBSCRIBE (it would re-send retained messages).
        await harness.Client.PublishAsync(ClientHarness.Message("x", MqttQualityOfServiceLevel.AtMostOnce));
        Assert.IsType<MqttPublishPacket>(await again.ReceiveAsync());
    }

    [Fact]
    public async Task OfflineQueueRejectNewRefusesWhenFullAndSendsTheQueueInOrderAfterReconnect()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect(NoJitter).WithOfflineQueue(2, MqttOfflineQueuePolicy.RejectNew));
        ScriptedBroker broker = await harness.ConnectAsync();
        broker.Drop();
        await harness.NextDisconnectionAsync();

        Task<MqttClientPublishResult> a = harness.Client.PublishAsync(ClientHarness.Message("a"));
        Task<MqttClientPublishResult> b = harness.Client.PublishAsync(ClientHarness.Message("b", MqttQualityOfServiceLevel.AtMostOnce));
        var full = await Assert.ThrowsAsync<MqttQueueFullException>(() => harness.Client.PublishAsync(ClientHarness.Message("c")));
        Assert.Contains("WithOfflineQueue", full.Message);

        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        ScriptedBroker again = await harness.AcceptReconnectAsync(sessionPresent: false);
        MqttPublishPacket sentA = await again.ReceiveAsync<MqttPublishPacket>();
        MqttPublishPacket sentB = await again.ReceiveAsync<MqttPublishPacket>();
        Assert.Equal("a", ClientHarness.PayloadOf(sentA));
        Assert.False(sentA.Duplicate); // never sent before
        Assert.Equal("b", ClientHarness.PayloadOf(sentB));
        await again.SendAsync(new MqttPubAckPacket(sentA.PacketIdentifier));
        Assert.True((await a.WaitAsync(ScriptedBroker.DefaultWait)).IsSuccess);
        Assert.True((await b.WaitAsync(ScriptedBroker.DefaultWait)).IsSuccess);
    }

    [Fact]
    public async Task OfflineQueueDropOldestCountsAndReportsTheDroppedMessage()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect(NoJitter).WithOfflineQueue(2, MqttOfflineQueuePolicy.DropOldest));
        ScriptedBroker broker = await harness.ConnectAsync();
        broker.Drop();
        await harness.NextDisconnectionAsync();

        Task<MqttClientPublishResult> a = harness.Client.PublishAsync(ClientHarness.Message("a"));
        Task<MqttClientPublishResult> b = harness.Client.PublishAsync(ClientHarness.Message("b"));
        Task<MqttClientPublishResult> c = harness.Client.PublishAsync(ClientHarness.Message("c"));

        MqttClientPublishResult dropped = await a.WaitAsync(ScriptedBroker.DefaultWait);
        Assert.False(dropped.IsSuccess);
        Assert.Contains("DropOldest", dropped.ReasonText);
        Assert.Equal(1, harness.Client.DroppedQueuedMessageCount);

        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        ScriptedBroker again = await harness.AcceptReconnectAsync(sessionPresent: false);
        Assert.Equal("b", ClientHarness.PayloadOf(await again.ReceiveAsync<MqttPublishPacket>()));
        Assert.Equal("c", ClientHarness.PayloadOf(await again.ReceiveAsync<MqttPublishPacket>()));
        Assert.False(b.IsCompleted);
    }
}
