using System.Collections.Concurrent;
using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientPublishTests
{
    [Fact]
    public async Task QoS1PublishCompletesOnlyAfterPubAck()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        Task<MqttClientPublishResult> publish = harness.Client.PublishAsync(ClientHarness.Message("start"));
        MqttPublishPacket sent = await broker.ReceiveAsync<MqttPublishPacket>();
        await Task.Delay(50);
        Assert.False(publish.IsCompleted);

        await broker.SendAsync(new MqttPubAckPacket(sent.PacketIdentifier));
        MqttClientPublishResult result = await publish.WaitAsync(ScriptedBroker.DefaultWait);

        Assert.True(result.IsSuccess);
        Assert.Equal(sent.PacketIdentifier, result.PacketIdentifier);
        Assert.NotEqual(0, sent.PacketIdentifier);
        Assert.False(sent.Duplicate);
        Assert.Equal("start", ClientHarness.PayloadOf(sent));
    }

    [Fact]
    public async Task QoS0PublishIsWrittenWithoutIdentifierAndRetainIsKept()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        MqttApplicationMessage message = new MqttApplicationMessageBuilder().WithTopic("chandler/v1/rig-01/status").WithPayload("on").WithRetainFlag().Build();

        MqttClientPublishResult result = await harness.Client.PublishAsync(message).WaitAsync(ScriptedBroker.DefaultWait);
        MqttPublishPacket sent = await broker.ReceiveAsync<MqttPublishPacket>();

        Assert.True(result.IsSuccess);
        Assert.Null(result.PacketIdentifier);
        Assert.Equal(MqttQualityOfServiceLevel.AtMostOnce, sent.QualityOfServiceLevel);
        Assert.True(sent.Retain);
        Assert.Equal(0, sent.PacketIdentifier);
    }

    [Fact]
    public async Task PublishWhileNeverConnectedThrowsAClearError()
    {
        await using ClientHarness harness = ClientHarness.Create();
        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => harness.Client.PublishAsync(ClientHarness.Message("x")));
        Assert.Contains("ConnectAsync", error.Message);
    }

    [Fact]
    public async Task PublishRefusesAWildcardTopicEvenWithoutTheBuilder()
    {
        await using ClientHarness harness = ClientHarness.Create();
        await harness.ConnectAsync();
        var message = new MqttApplicationMessage { Topic = "chandler/v1/+/commands" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.PublishAsync(message));
        Assert.Contains("wildcard", error.Message);
    }

    [Fact]
    public async Task ConcurrentPublishesFromManyTasksAreEachSentOnceAndAcknowledged()
    {
        const int tasks = 40;
        const int perTask = 25;
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        var seen = new ConcurrentBag<string>();
        var outstanding = new HashSet<ushort>();
        Task brokerLoop = Task.Run(async () =>
        {
            for (int i = 0; i < tasks * perTask; i++)
            {
                MqttPublishPacket packet = await broker.ReceiveAsync<MqttPublishPacket>();
                Assert.True(outstanding.Add(packet.PacketIdentifier), "identifier reused while still in flight");
                seen.Add(ClientHarness.PayloadOf(packet));
                if (i % 3 == 2)
                {
                    // Acknowledge in bursts, out of order relative to sending.
                    foreach (ushort id in outstanding.Reverse())
                    {
                        await broker.SendAsync(new MqttPubAckPacket(id));
                    }

                    outstanding.Clear();
                }
            }

            foreach (ushort id in outstanding)
            {
                await broker.SendAsync(new MqttPubAckPacket(id));
            }
        });

        // Every task fires its publishes without waiting, so up to 1000 are in flight at once.
        Task<MqttClientPublishResult>[][] perTaskResults = await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(() =>
            Enumerable.Range(0, perTask).Select(i => harness.Client.PublishAsync(ClientHarness.Message($"{t}-{i}"))).ToArray())));
        MqttClientPublishResult[] results = await Task.WhenAll(perTaskResults.SelectMany(r => r)).WaitAsync(TimeSpan.FromSeconds(20));
        await brokerLoop.WaitAsync(ScriptedBroker.DefaultWait);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(tasks * perTask, seen.Count);
        Assert.Equal(tasks * perTask, seen.Distinct().Count());
    }

    [Fact]
    public async Task ConcurrentPublishesAreBatchedIntoFewWrites()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        Task<MqttClientPublishResult>[] publishes = Enumerable.Range(0, 2000)
            .Select(i => harness.Client.PublishAsync(ClientHarness.Message(i.ToString(System.Globalization.CultureInfo.InvariantCulture), MqttQualityOfServiceLevel.AtMostOnce)))
            .ToArray();
        await Task.WhenAll(publishes).WaitAsync(ScriptedBroker.DefaultWait);

        for (int i = 0; i < 2000; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ClientHarness.PayloadOf(await broker.ReceiveAsync<MqttPublishPacket>()));
        }
    }

    [Fact]
    public async Task CancelledQoS1PublishThrowsAndItsLatePubAckIsIgnored()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        using var cancellation = new CancellationTokenSource();

        Task<MqttClientPublishResult> publish = harness.Client.PublishAsync(ClientHarness.Message("a"), cancellation.Token);
        MqttPublishPacket sent = await broker.ReceiveAsync<MqttPublishPacket>();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => publish);

        await broker.SendAsync(new MqttPubAckPacket(sent.PacketIdentifier));
        MqttClientPublishResult next = await AcknowledgeNextAsync(harness, broker, "b");
        Assert.True(next.IsSuccess);
        Assert.True(harness.Client.IsConnected);
    }

    [Fact]
    public async Task WithoutAutoReconnectALostConnectionFailsPendingQoS1Publishes()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        Task<MqttClientPublishResult> publish = harness.Client.PublishAsync(ClientHarness.Message("a"));
        await broker.ReceiveAsync<MqttPublishPacket>();

        broker.Drop();

        await Assert.ThrowsAsync<MqttCommunicationException>(() => publish.WaitAsync(ScriptedBroker.DefaultWait));
        MqttClientDisconnectedEventArgs disconnected = await harness.NextDisconnectionAsync();
        Assert.True(disconnected.ClientWasConnected);
        Assert.IsAssignableFrom<MqttCommunicationException>(disconnected.Exception);
        Assert.False(harness.Client.IsConnected);
    }

    internal static async Task<MqttClientPublishResult> AcknowledgeNextAsync(ClientHarness harness, ScriptedBroker broker, string payload)
    {
        Task<MqttClientPublishResult> publish = harness.Client.PublishAsync(ClientHarness.Message(payload));
        MqttPublishPacket sent = await broker.ReceiveAsync<MqttPublishPacket>();
        Assert.Equal(payload, ClientHarness.PayloadOf(sent));
        await broker.SendAsync(new MqttPubAckPacket(sent.PacketIdentifier));
        return await publish.WaitAsync(ScriptedBroker.DefaultWait);
    }
}
