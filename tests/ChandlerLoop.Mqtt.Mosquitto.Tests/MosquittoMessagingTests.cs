using ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;
using static ChandlerLoop.Mqtt.Mosquitto.Tests.MosquittoClients;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests;

/// <summary>Our client against a real Mosquitto: round trips, retained messages, last will, persistent sessions.</summary>
public sealed class MosquittoMessagingTests
{
    [Theory]
    [InlineData(MqttQualityOfServiceLevel.AtMostOnce)]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce)]
    public async Task Message_round_trips_through_mosquitto(MqttQualityOfServiceLevel qos)
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var subscriber = await ConnectedAsync(broker, Options(broker, "sub"));
        var received = new ReceivedMessages(subscriber);
        await SubscribeAsync(broker, subscriber, "test/round-trip", qos);
        await using var publisher = await ConnectedAsync(broker, Options(broker, "pub"));
        var payload = new string('x', 300) + "é";

        var result = await publisher.PublishAsync(Message("test/round-trip", payload, qos));
        var message = await received.NextAsync();

        Assert.True(result.IsSuccess, broker.Describe(result.ReasonText ?? "publish failed"));
        Assert.Equal(qos == MqttQualityOfServiceLevel.AtLeastOnce, result.PacketIdentifier is not null);
        Assert.Equal(payload, ReceivedMessages.Text(message));
        Assert.Equal(qos, message.QualityOfServiceLevel);
        Assert.False(message.Retain);
    }

    [Fact]
    public async Task Retained_message_reaches_a_later_subscriber_and_an_empty_payload_clears_it()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var publisher = await ConnectedAsync(broker, Options(broker, "pub"));
        await publisher.PublishAsync(Message("test/status/a", "online", retain: true));
        await publisher.PublishAsync(Message("test/status/b", "online", retain: true));
        await publisher.PublishAsync(Message("test/status/b", "", retain: true));

        await using var subscriber = await ConnectedAsync(broker, Options(broker, "sub"));
        var received = new ReceivedMessages(subscriber);
        await SubscribeAsync(broker, subscriber, "test/status/+");
        var message = await received.NextAsync();

        Assert.Equal("test/status/a", message.Topic);
        Assert.True(message.Retain);
        Assert.True(await received.NothingWithinAsync(300), broker.Describe("the cleared retained message was delivered"));
    }

    [Fact]
    public async Task Will_is_published_when_the_connection_is_dropped_without_disconnect()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var host = await ConnectedAsync(broker, Options(broker, "host", MosquittoConfiguration.HostUser));
        var received = new ReceivedMessages(host);
        await SubscribeAsync(broker, host, "chandler/v1/+/status");
        var rig = await ConnectedAsync(broker, Options(broker, "rig-01", "rig-01")
            .WithWillMessage(Message("chandler/v1/rig-01/status", "{\"online\":false}", retain: true)));
        var polite = await ConnectedAsync(broker, Options(broker, "rig-02", "rig-02")
            .WithWillMessage(Message("chandler/v1/rig-02/status", "{\"online\":false}", retain: true)));

        await polite.DisconnectAsync();
        await rig.DisposeAsync(); // no DISCONNECT: the socket just closes
        var will = await received.NextAsync();

        Assert.Equal("chandler/v1/rig-01/status", will.Topic);
        Assert.Equal("{\"online\":false}", ReceivedMessages.Text(will));
        Assert.True(await received.NothingWithinAsync(300), broker.Describe("a will was published after a clean DISCONNECT"));
        await polite.DisposeAsync();
    }

    [Fact]
    public async Task Persistent_session_receives_qos1_messages_published_while_it_was_offline()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using (var first = await ConnectedAsync(broker, Options(broker, "host", MosquittoConfiguration.HostUser, cleanSession: false)))
        {
            await SubscribeAsync(broker, first, "chandler/v1/+/events");
            await first.DisconnectAsync();
        }

        await using (var rig = await ConnectedAsync(broker, Options(broker, "rig-01", "rig-01")))
        {
            for (var i = 0; i < 50; i++)
            {
                await rig.PublishAsync(Message("chandler/v1/rig-01/events", "e" + i));
            }

            await rig.DisconnectAsync();
        }

        await using var again = new MqttClient(Options(broker, "host", MosquittoConfiguration.HostUser, cleanSession: false).Build());
        var received = new ReceivedMessages(again);
        var connect = await again.ConnectAsync();

        Assert.True(connect.IsSessionPresent, broker.Describe("the persistent session was not kept"));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => "e" + i), await received.NextTextsAsync(50));
    }
}
