using static ChandlerLoop.Mqtt.Tests.InProcess.InProcessTestKit;

namespace ChandlerLoop.Mqtt.Tests.InProcess;

/// <summary>Sessions of the in-process broker: persistence, re-delivery, last will, client-id takeover, reconnect.</summary>
public sealed class InProcessSessionTests
{
    [Fact]
    public async Task Persistent_session_receives_qos1_messages_published_while_offline_but_not_qos0()
    {
        await using var broker = new InProcessMqttBroker();
        var first = await ConnectedAsync(broker, Options("host", cleanSession: false));
        await first.SubscribeAsync("chandler/v1/+/events", MqttQualityOfServiceLevel.AtLeastOnce);
        await first.DisconnectAsync();
        await using var rig = await ConnectedAsync(broker, Options("rig-01"));

        await rig.PublishAsync(Message("chandler/v1/rig-01/events", "e1"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/events", "telemetry-like", MqttQualityOfServiceLevel.AtMostOnce));
        await rig.PublishAsync(Message("chandler/v1/rig-01/events", "e2"));
        await using var again = broker.CreateClient(Options("host", cleanSession: false).Build());
        var received = new ReceivedMessages(again);
        var connect = await again.ConnectAsync();

        Assert.True(connect.IsSessionPresent);
        Assert.Equal(["e1", "e2"], await received.NextTextsAsync(2));
        Assert.True(await received.NothingWithinAsync());
    }

    [Fact]
    public async Task Clean_session_discards_the_previous_session()
    {
        await using var broker = new InProcessMqttBroker();
        var first = await ConnectedAsync(broker, Options("host", cleanSession: false));
        await first.SubscribeAsync("t", MqttQualityOfServiceLevel.AtLeastOnce);
        await first.DisconnectAsync();
        await using var publisher = await ConnectedAsync(broker, Options("pub"));
        await publisher.PublishAsync(Message("t", "queued"));

        await using var again = broker.CreateClient(Options("host", cleanSession: true).Build());
        var received = new ReceivedMessages(again);
        var connect = await again.ConnectAsync();
        await publisher.PublishAsync(Message("t", "after"));

        Assert.False(connect.IsSessionPresent);
        Assert.True(await received.NothingWithinAsync());
    }

    [Fact]
    public async Task Qos1_message_whose_handler_did_not_finish_is_redelivered_with_dup_after_reconnect()
    {
        await using var broker = new InProcessMqttBroker();
        var subscriber = await ConnectedAsync(broker, Options("rig-01", cleanSession: false));
        var handlerEntered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        subscriber.ApplicationMessageReceivedAsync += async _ =>
        {
            handlerEntered.TrySetResult();
            await release.Task;
        };
        await subscriber.SubscribeAsync("chandler/v1/rig-01/commands", MqttQualityOfServiceLevel.AtLeastOnce);
        await subscriber.PublishAsync(Message("chandler/v1/rig-01/commands", "abort"));
        await handlerEntered.Task.WaitAsync(TimeSpan.FromSeconds(5));

        subscriber.SimulateConnectionLoss();
        release.SetResult();
        await using var again = broker.CreateClient(Options("rig-01", cleanSession: false).Build());
        var received = new ReceivedMessages(again);
        await again.ConnectAsync();
        var redelivered = await received.NextAsync();

        Assert.Equal("abort", ReceivedMessages.Text(redelivered));
        Assert.True(redelivered.Duplicate);
        await subscriber.DisposeAsync();
    }

    [Fact]
    public async Task Will_is_published_on_abrupt_loss_and_on_dispose_but_not_after_disconnect()
    {
        await using var broker = new InProcessMqttBroker();
        await using var host = await ConnectedAsync(broker, Options("host"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/+/status", MqttQualityOfServiceLevel.AtLeastOnce);
        MqttClientOptionsBuilder RigOptions(string id) => Options(id)
            .WithWillMessage(Message($"chandler/v1/{id}/status", "offline " + id, retain: true));

        var lost = await ConnectedAsync(broker, RigOptions("rig-01"));
        var disposed = await ConnectedAsync(broker, RigOptions("rig-02"));
        var polite = await ConnectedAsync(broker, RigOptions("rig-03"));
        lost.SimulateConnectionLoss();
        await disposed.DisposeAsync();
        await polite.DisconnectAsync();

        var wills = await received.NextTextsAsync(2);
        Assert.Equal(["offline rig-01", "offline rig-02"], wills);
        Assert.True(await received.NothingWithinAsync());
        Assert.False(lost.IsConnected);
        await lost.DisposeAsync();
        await polite.DisposeAsync();
    }

    [Fact]
    public async Task Second_client_with_the_same_id_takes_over_and_the_first_is_told_why()
    {
        await using var broker = new InProcessMqttBroker();
        await using var watcher = await ConnectedAsync(broker, Options("watcher"));
        var wills = new ReceivedMessages(watcher);
        await watcher.SubscribeAsync("will/#", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var first = await ConnectedAsync(broker, Options("rig-01").WithWillMessage(Message("will/rig-01", "gone")));
        var disconnected = new TaskCompletionSource<MqttClientDisconnectedEventArgs>();
        first.DisconnectedAsync += e =>
        {
            disconnected.TrySetResult(e);
            return Task.CompletedTask;
        };

        await using var second = await ConnectedAsync(broker, Options("rig-01"));
        var reason = await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(first.IsConnected);
        Assert.True(second.IsConnected);
        Assert.True(reason.ClientWasConnected);
        Assert.Contains("same client id", reason.Exception!.Message, StringComparison.Ordinal);
        Assert.Equal("gone", ReceivedMessages.Text(await wills.NextAsync()));
    }

    [Fact]
    public async Task Auto_reconnect_resubscribes_and_sends_the_offline_queue_after_an_outage()
    {
        await using var broker = new InProcessMqttBroker();
        await using var host = await ConnectedAsync(broker, Options("host"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/rig-01/#", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var rig = await ConnectedAsync(broker, Options("rig-01").WithAutoReconnect(FastReconnect));
        var rigReceived = new ReceivedMessages(rig);
        await rig.SubscribeAsync("chandler/v1/rig-01/commands", MqttQualityOfServiceLevel.AtLeastOnce);

        broker.IsAcceptingConnections = false;
        rig.SimulateConnectionLoss();
        var queued = rig.PublishAsync(Message("chandler/v1/rig-01/events", "while offline"));
        await Task.Delay(100);
        Assert.False(queued.IsCompleted);
        broker.IsAcceptingConnections = true;

        Assert.True((await queued.WaitAsync(TimeSpan.FromSeconds(5))).IsSuccess);
        Assert.Equal("while offline", ReceivedMessages.Text(await received.NextAsync()));
        Assert.True(await EventuallyAsync(() => rig.IsConnected));
        await host.PublishAsync(Message("chandler/v1/rig-01/commands", "identify"));
        Assert.Equal("identify", ReceivedMessages.Text(await rigReceived.NextAsync()));
    }

    [Theory]
    [InlineData(MqttOfflineQueuePolicy.RejectNew)]
    [InlineData(MqttOfflineQueuePolicy.DropOldest)]
    public async Task Full_offline_queue_follows_its_policy(MqttOfflineQueuePolicy policy)
    {
        await using var broker = new InProcessMqttBroker();
        await using var rig = await ConnectedAsync(broker,
            Options("rig-01").WithAutoReconnect(FastReconnect).WithOfflineQueue(2, policy));
        broker.IsAcceptingConnections = false;
        rig.SimulateConnectionLoss();

        var oldest = rig.PublishAsync(Message("t", "1"));
        var second = rig.PublishAsync(Message("t", "2"));
        var third = rig.PublishAsync(Message("t", "3"));

        if (policy == MqttOfflineQueuePolicy.RejectNew)
        {
            await Assert.ThrowsAsync<MqttQueueFullException>(() => third);
            Assert.False(oldest.IsCompleted);
        }
        else
        {
            var dropped = await oldest.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.False(dropped.IsSuccess);
            Assert.Equal(1, rig.DroppedQueuedMessageCount);
            Assert.False(third.IsCompleted);
        }

        Assert.False(second.IsCompleted);
    }
}
