using System.Collections.Concurrent;
using System.Globalization;
using ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;
using static ChandlerLoop.Mqtt.Mosquitto.Tests.MosquittoClients;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests;

/// <summary>A broker restart in the middle of a QoS 1 stream loses nothing.</summary>
public sealed class MosquittoRestartTests
{
    private const int MessageCount = 2000;

    [Fact]
    public async Task Qos1_stream_survives_a_broker_restart_without_loss()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoConfiguration
        {
            Persistence = true,
            MaxQueuedMessages = 0,
            VerboseLog = false,
        });
        var seen = new ConcurrentDictionary<int, int>();
        await using var subscriber = new MqttClient(Options(broker, "host", MosquittoConfiguration.HostUser, cleanSession: false)
            .WithAutoReconnect(FastReconnect).Build());
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            var sequence = int.Parse(ReceivedMessages.Text(e.ApplicationMessage), CultureInfo.InvariantCulture);
            seen.AddOrUpdate(sequence, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await SubscribeAsync(broker, subscriber, "chandler/v1/+/events");
        await using var publisher = new MqttClient(Options(broker, "rig-01", "rig-01")
            .WithAutoReconnect(FastReconnect)
            .WithOfflineQueue(MessageCount, MqttOfflineQueuePolicy.RejectNew).Build());
        await publisher.ConnectAsync();

        var publishes = new List<Task<MqttClientPublishResult>>();
        for (var i = 0; i < MessageCount; i++)
        {
            publishes.Add(publisher.PublishAsync(Message("chandler/v1/rig-01/events", i.ToString(CultureInfo.InvariantCulture))));
            if (i == MessageCount / 2)
            {
                await broker.StopAsync();
                await Task.Delay(200);
                await broker.StartAgainAsync();
            }
            else if (i % 100 == 0)
            {
                await Task.Delay(5);
            }
        }

        var results = await Task.WhenAll(publishes).WaitAsync(TimeSpan.FromSeconds(30));
        var complete = await EventuallyAsync(() => seen.Count == MessageCount, TimeSpan.FromSeconds(20));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ReasonText));
        var missing = Enumerable.Range(0, MessageCount).Where(i => !seen.ContainsKey(i)).ToList();
        Assert.True(complete && missing.Count == 0, broker.Describe(
            $"{missing.Count} of {MessageCount} QoS 1 messages lost across the restart, first missing: {string.Join(", ", missing.Take(10))}"));
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return condition();
    }
}
