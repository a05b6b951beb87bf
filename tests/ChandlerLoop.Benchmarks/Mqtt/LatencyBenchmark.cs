using System.Buffers.Binary;
using System.Diagnostics;
using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Benchmarks.Mqtt;

/// <summary>
/// Publish-to-receive latency through Mosquitto at a fixed rate, our client on both ends in one
/// process: the payload (200 bytes) carries the Stopwatch timestamp taken just before PublishAsync.
/// Publishes are not awaited one by one, so a slow acknowledgement does not hold back the schedule.
/// Paced by ~1 ms timer ticks, so messages leave in bursts of one or two.
/// The first 10 % of samples are warm-up and discarded.
/// </summary>
internal static class LatencyBenchmark
{
    public static async Task<(double P50Ms, double P99Ms, double MaxMs, int Lost)> RunAsync(
        int port, MqttQualityOfServiceLevel qos, int messagesPerSecond, double seconds)
    {
        var count = (int)(messagesPerSecond * seconds);
        var latencies = new double[count];
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var topic = "bench/latency/" + (int)qos;
        await using var subscriber = new MqttClient(Options(port, "bench-latency-sub-" + (int)qos));
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            var now = Stopwatch.GetTimestamp();
            var span = e.ApplicationMessage.Payload.Span;
            var index = BinaryPrimitives.ReadInt32LittleEndian(span);
            var sent = BinaryPrimitives.ReadInt64LittleEndian(span[4..]);
            if (index >= 0 && index < count)
            {
                latencies[index] = Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds;
            }

            if (Interlocked.Increment(ref received) == count)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync(topic, qos);
        await using var publisher = new MqttClient(Options(port, "bench-latency-pub-" + (int)qos));
        await publisher.ConnectAsync();

        // Pacing without spinning (the machine may be shared): wake about every millisecond and send
        // every message that is due; each carries the time it was actually handed to PublishAsync.
        var publishes = new List<Task<MqttClientPublishResult>>(count);
        var start = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < count)
        {
            var due = (int)Math.Min(count, (Stopwatch.GetElapsedTime(start).TotalSeconds * messagesPerSecond) + 1);
            for (; next < due; next++)
            {
                var payload = new byte[DrainBenchmark.PayloadBytes];
                BinaryPrimitives.WriteInt32LittleEndian(payload, next);
                BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(4), Stopwatch.GetTimestamp());
                publishes.Add(publisher.PublishAsync(new MqttApplicationMessageBuilder()
                    .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(qos).Build()));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(publishes);
        await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        var got = Volatile.Read(ref received);
        await publisher.DisconnectAsync();
        await subscriber.DisconnectAsync();

        var samples = latencies.Skip(count / 10).Where(l => l > 0).Order().ToArray();
        if (samples.Length == 0)
        {
            return (double.NaN, double.NaN, double.NaN, count - got);
        }

        return (Percentile(samples, 0.50), Percentile(samples, 0.99), samples[^1], Math.Max(0, count - got));
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static MqttClientOptions Options(int port, string clientId) => new MqttClientOptionsBuilder()
        .WithTcpServer("127.0.0.1", port).WithClientId(clientId).WithKeepAlivePeriod(TimeSpan.FromSeconds(60)).Build();
}
