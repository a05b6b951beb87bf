using static ChandlerLoop.Mqtt.Tests.InProcess.InProcessTestKit;

namespace ChandlerLoop.Mqtt.Tests.InProcess;

/// <summary>Topic routing of the in-process broker: QoS, wildcards, retained messages, order.</summary>
public sealed class InProcessRoutingTests
{
    [Fact]
    public async Task Qos1_publish_reaches_a_subscriber_with_topic_payload_and_qos()
    {
        await using var broker = new InProcessMqttBroker();
        await using var subscriber = await ConnectedAsync(broker, Options("sub"));
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync("chandler/v1/rig-01/events", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var publisher = await ConnectedAsync(broker, Options("pub"));

        var result = await publisher.PublishAsync(Message("chandler/v1/rig-01/events", "{\"v\":1}"));
        var message = await received.NextAsync();

        Assert.True(result.IsSuccess);
        Assert.NotNull(result.PacketIdentifier);
        Assert.Equal("chandler/v1/rig-01/events", message.Topic);
        Assert.Equal("{\"v\":1}", ReceivedMessages.Text(message));
        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, message.QualityOfServiceLevel);
        Assert.False(message.Retain);
        Assert.False(message.Duplicate);
    }

    [Fact]
    public async Task Delivered_qos_is_the_lower_of_published_and_granted()
    {
        await using var broker = new InProcessMqttBroker();
        await using var subscriber = await ConnectedAsync(broker, Options("sub"));
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync("a/b", MqttQualityOfServiceLevel.AtMostOnce);

        await subscriber.PublishAsync(Message("a/b", "x", MqttQualityOfServiceLevel.AtLeastOnce));

        Assert.Equal(MqttQualityOfServiceLevel.AtMostOnce, (await received.NextAsync()).QualityOfServiceLevel);
    }

    [Fact]
    public async Task Overlapping_subscriptions_deliver_one_copy_at_the_highest_granted_qos()
    {
        await using var broker = new InProcessMqttBroker();
        await using var subscriber = await ConnectedAsync(broker, Options("sub"));
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync("chandler/v1/+/status", MqttQualityOfServiceLevel.AtMostOnce);
        await subscriber.SubscribeAsync("chandler/v1/#", MqttQualityOfServiceLevel.AtLeastOnce);

        await subscriber.PublishAsync(Message("chandler/v1/rig-01/status", "s"));

        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, (await received.NextAsync()).QualityOfServiceLevel);
        Assert.True(await received.NothingWithinAsync());
    }

    [Theory]
    [InlineData("chandler/v1/+/commands", "chandler/v1/rig-01/commands", true)]
    [InlineData("chandler/v1/+/commands", "chandler/v1/rig-01/events", false)]
    [InlineData("chandler/v1/#", "chandler/v1", true)]
    [InlineData("chandler/v1/#", "chandler/v2/rig-01/status", false)]
    [InlineData("#", "$SYS/broker/uptime", false)]
    [InlineData("$SYS/#", "$SYS/broker/uptime", true)]
    public async Task Wildcard_filters_route_like_an_mqtt_broker(string filter, string topic, bool delivered)
    {
        await using var broker = new InProcessMqttBroker();
        await using var subscriber = await ConnectedAsync(broker, Options("sub"));
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);

        await subscriber.PublishAsync(Message(topic, "x"));

        Assert.Equal(!delivered, await received.NothingWithinAsync());
    }

    [Fact]
    public async Task Retained_message_is_delivered_to_a_later_subscriber_with_the_retain_flag()
    {
        await using var broker = new InProcessMqttBroker();
        await using var rig = await ConnectedAsync(broker, Options("rig-01"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "old", retain: true));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "online", retain: true));

        await using var host = await ConnectedAsync(broker, Options("host"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/+/status", MqttQualityOfServiceLevel.AtLeastOnce);
        var message = await received.NextAsync();

        Assert.Equal("online", ReceivedMessages.Text(message));
        Assert.True(message.Retain);
        Assert.True(await received.NothingWithinAsync());
    }

    [Fact]
    public async Task Empty_retained_payload_clears_the_retained_message()
    {
        await using var broker = new InProcessMqttBroker();
        await using var rig = await ConnectedAsync(broker, Options("rig-01"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "online", retain: true));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "", retain: true));

        await using var host = await ConnectedAsync(broker, Options("host"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/#", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(await received.NothingWithinAsync());
    }

    [Fact]
    public async Task Live_delivery_of_a_retained_publish_has_the_retain_flag_cleared()
    {
        await using var broker = new InProcessMqttBroker();
        await using var host = await ConnectedAsync(broker, Options("host"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/+/status", MqttQualityOfServiceLevel.AtLeastOnce);

        await host.PublishAsync(Message("chandler/v1/rig-01/status", "online", retain: true));

        Assert.False((await received.NextAsync()).Retain);
    }

    [Fact]
    public async Task Messages_arrive_in_publish_order_and_the_handler_runs_one_at_a_time()
    {
        await using var broker = new InProcessMqttBroker();
        await using var subscriber = await ConnectedAsync(broker, Options("sub"));
        var order = new List<int>();
        var concurrent = 0;
        var maxConcurrent = 0;
        var done = new TaskCompletionSource();
        subscriber.ApplicationMessageReceivedAsync += async e =>
        {
            maxConcurrent = Math.Max(maxConcurrent, Interlocked.Increment(ref concurrent));
            await Task.Yield();
            order.Add(int.Parse(ReceivedMessages.Text(e.ApplicationMessage), System.Globalization.CultureInfo.InvariantCulture));
            Interlocked.Decrement(ref concurrent);
            if (order.Count == 500)
            {
                done.SetResult();
            }
        };
        await subscriber.SubscribeAsync("seq", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var publisher = await ConnectedAsync(broker, Options("pub"));

        for (var i = 0; i < 500; i++)
        {
            await publisher.PublishAsync(Message("seq", i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                i % 2 == 0 ? MqttQualityOfServiceLevel.AtMostOnce : MqttQualityOfServiceLevel.AtLeastOnce));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(Enumerable.Range(0, 500), order);
        Assert.Equal(1, maxConcurrent);
    }

    [Fact]
    public async Task Full_session_queue_drops_and_counts_instead_of_growing()
    {
        await using var broker = new InProcessMqttBroker(new InProcessBrokerOptions { MaxQueuedMessagesPerSession = 3 });
        await using (var subscriber = await ConnectedAsync(broker, Options("sub", cleanSession: false)))
        {
            await subscriber.SubscribeAsync("t", MqttQualityOfServiceLevel.AtLeastOnce);
            await subscriber.DisconnectAsync();
        }

        await using var publisher = await ConnectedAsync(broker, Options("pub"));
        for (var i = 0; i < 5; i++)
        {
            await publisher.PublishAsync(Message("t", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await using var again = broker.CreateClient(Options("sub", cleanSession: false).Build());
        var received = new ReceivedMessages(again);
        await again.ConnectAsync();

        Assert.Equal(["0", "1", "2"], await received.NextTextsAsync(3));
        Assert.Equal(2, broker.DroppedMessageCount);
    }

    [Fact]
    public async Task Publishing_without_a_connection_fails_with_a_clear_error()
    {
        await using var broker = new InProcessMqttBroker();
        await using var client = broker.CreateClient(Options("c").Build());

        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => client.PublishAsync(Message("t", "x")));

        Assert.Contains("ConnectAsync", error.Message, StringComparison.Ordinal);
    }
}
