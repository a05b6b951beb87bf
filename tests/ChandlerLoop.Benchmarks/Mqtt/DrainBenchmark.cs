using System.Diagnostics;
using System.Globalization;
using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Benchmarks.Mqtt;

/// <summary>
/// Drain rate: N messages of about 200 bytes are queued by Mosquitto for an offline persistent
/// session (filled with mosquitto_pub at QoS 1), then a client reconnects to that session and the
/// time until it has received all N is measured. The same procedure for our client and for
/// mosquitto_sub (C, output to /dev/null, timed from process start to exit after N messages).
/// </summary>
internal static class DrainBenchmark
{
    /// <summary>mosquitto_pub -l at QoS ≥ 1 stops after 65,535 lines (message ids wrap): feed it in chunks.</summary>
    private const int PublishChunk = 50_000;

    public const int PayloadBytes = 200;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    private static int _sessionCounter;

    /// <summary>Messages per second, how many of the N were not received, and CPU time of this process per message.</summary>
    public static async Task<DrainResult> OursAsync(int port, int count, MqttQualityOfServiceLevel qos)
    {
        var (sessionId, _) = await FillAsync(port, count, qos);
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port).WithClientId(sessionId).WithCleanSession(false)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(60)).Build());
        client.ApplicationMessageReceivedAsync += e =>
        {
            if (Interlocked.Increment(ref received) == count)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };

        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await client.ConnectAsync();
        await Task.WhenAny(done.Task, Task.Delay(DrainTimeout));
        stopwatch.Stop();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        var got = Volatile.Read(ref received);
        await client.DisconnectAsync();
        return new DrainResult(got / stopwatch.Elapsed.TotalSeconds, Math.Max(0, count - got),
            cpu.TotalMicroseconds / Math.Max(1, got));
    }

    /// <summary>mosquitto_sub draining the same kind of session; its CPU time comes from the shell's <c>times</c>.</summary>
    public static async Task<DrainResult> ReferenceAsync(int port, int count, MqttQualityOfServiceLevel qos)
    {
        var (sessionId, topic) = await FillAsync(port, count, qos);
        var sub = BenchmarkMosquitto.Find("mosquitto_sub");
        var q = ((int)qos).ToString(CultureInfo.InvariantCulture);
        var commandLine = $"{sub} -h 127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -c -i {sessionId} -q {q} -t {topic} -C {count.ToString(CultureInfo.InvariantCulture)} > /dev/null; times";
        var stopwatch = Stopwatch.StartNew();
        var output = await BenchmarkMosquitto.RunShellAsync(commandLine);
        stopwatch.Stop();
        return new DrainResult(count / stopwatch.Elapsed.TotalSeconds, 0, ChildCpuSeconds(output) * 1e6 / count);
    }

    /// <summary>Children's user + system seconds from the second line of <c>times</c> ("0m1.5s 0m0.2s"); NaN if unreadable.</summary>
    private static double ChildCpuSeconds(string timesOutput)
    {
        var lines = timesOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            return double.NaN;
        }

        var total = 0.0;
        foreach (var field in lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = field.IndexOf('m', StringComparison.Ordinal);
            if (m < 0 || !field.EndsWith('s')
                || !double.TryParse(field[..m], NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
                || !double.TryParse(field[(m + 1)..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return double.NaN;
            }

            total += (minutes * 60) + seconds;
        }

        return total;
    }

    /// <summary>Makes a persistent session subscribed at <paramref name="qos"/>, disconnects it and queues N messages for it.</summary>
    private static async Task<(string SessionId, string Topic)> FillAsync(int port, int count, MqttQualityOfServiceLevel qos)
    {
        var n = Interlocked.Increment(ref _sessionCounter).ToString(CultureInfo.InvariantCulture);
        var sessionId = "bench-drain-" + n;
        var topic = "bench/drain/" + n;
        var portText = port.ToString(CultureInfo.InvariantCulture);
        await BenchmarkMosquitto.RunToolAsync("mosquitto_sub",
            ["-h", "127.0.0.1", "-p", portText, "-c", "-i", sessionId, "-q", ((int)qos).ToString(CultureInfo.InvariantCulture), "-t", topic, "-E"]);

        var padding = new string('x', PayloadBytes - 12);
        for (var first = 0; first < count; first += PublishChunk)
        {
            var last = Math.Min(count, first + PublishChunk);
            var lines = Enumerable.Range(first, last - first).Select(i => i.ToString("D11", CultureInfo.InvariantCulture) + " " + padding);
            await BenchmarkMosquitto.RunToolAsync("mosquitto_pub",
                ["-h", "127.0.0.1", "-p", portText, "-i", $"bench-fill-{n}-{first.ToString(CultureInfo.InvariantCulture)}", "-q", "1", "-t", topic, "-l"],
                lines);
        }

        return (sessionId, topic);
    }
}
