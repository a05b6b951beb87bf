using System.Globalization;
using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Benchmarks.Mqtt;

/// <summary>
/// The <c>mqtt</c> suite: drain rate of our client against mosquitto_sub (QoS 0 and 1) from a
/// Mosquitto queue of N offline messages, and publish-to-receive latency at a fixed rate.
/// Arguments: <c>--messages N</c> (default 200000), <c>--rate R</c> msg/s (default 1000),
/// <c>--seconds S</c> per latency run (default 5), <c>--repeat K</c> drain runs per client and QoS
/// (default 3, alternating ours and mosquitto_sub; the median is reported). Ends with the RESULT line.
/// Targets: qos0_ratio ≥ 0.9, qos1_ratio ≥ 0.6, p99 ≤ 5 ms, lost = 0.
/// </summary>
public static class MqttBenchmark
{
    public static int Run(string[] args)
    {
        var messages = 200_000;
        var rate = 1000;
        var seconds = 5.0;
        var repeat = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--messages": messages = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rate": rate = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --messages N --rate R --seconds S --repeat K");
                    return 2;
            }
        }

        if (args.Length % 2 != 0 || messages < 1 || rate < 1 || seconds <= 0 || repeat < 1)
        {
            Console.Error.WriteLine("usage: mqtt [--messages N (≥1)] [--rate msg/s (≥1)] [--seconds S (>0)] [--repeat K (≥1)]");
            return 2;
        }

        return RunAsync(messages, rate, seconds, repeat).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int messages, int rate, double seconds, int repeat)
    {
        Console.WriteLine($"MQTT benchmark: {BenchmarkMosquitto.Version()} on loopback, unlimited queues");
        await using var broker = await BenchmarkMosquitto.StartAsync();

        // Warm-up (JIT, connection set-up paths), not reported.
        await DrainBenchmark.OursAsync(broker.Port, Math.Min(messages, 5000), MqttQualityOfServiceLevel.AtLeastOnce);

        Console.WriteLine($"Drain of {messages} queued messages of {DrainBenchmark.PayloadBytes} bytes from an offline persistent session (median of {repeat}):");
        var (ours0, ref0) = await DrainBothAsync(broker.Port, messages, MqttQualityOfServiceLevel.AtMostOnce, repeat);
        var (ours1, ref1) = await DrainBothAsync(broker.Port, messages, MqttQualityOfServiceLevel.AtLeastOnce, repeat);
        var ratio0 = ours0.MessagesPerSecond / ref0.MessagesPerSecond;
        var ratio1 = ours1.MessagesPerSecond / ref1.MessagesPerSecond;
        Console.WriteLine("  client                QoS 0 msg/s   QoS 1 msg/s   CPU µs/msg QoS 0 / 1");
        Console.WriteLine($"  ChandlerLoop.Mqtt     {ours0.MessagesPerSecond,11:N0}   {ours1.MessagesPerSecond,11:N0}   {ours0.CpuMicrosecondsPerMessage,6:F2} / {ours1.CpuMicrosecondsPerMessage,5:F2}");
        Console.WriteLine($"  mosquitto_sub (C)     {ref0.MessagesPerSecond,11:N0}   {ref1.MessagesPerSecond,11:N0}   {ref0.CpuMicrosecondsPerMessage,6:F2} / {ref1.CpuMicrosecondsPerMessage,5:F2}");
        Console.WriteLine($"  ratio (ours / C)      {ratio0,11:F2}   {ratio1,11:F2}   (targets ≥ 0.90, ≥ 0.60)");

        Console.WriteLine($"Publish-to-receive latency at {rate} msg/s for {seconds} s (our client both ends):");
        Console.WriteLine("  QoS   p50 ms   p99 ms   max ms   lost");
        var lat0 = await LatencyBenchmark.RunAsync(broker.Port, MqttQualityOfServiceLevel.AtMostOnce, rate, seconds);
        Console.WriteLine($"  0   {lat0.P50Ms,8:F3} {lat0.P99Ms,8:F3} {lat0.MaxMs,8:F3} {lat0.Lost,6}");
        var lat1 = await LatencyBenchmark.RunAsync(broker.Port, MqttQualityOfServiceLevel.AtLeastOnce, rate, seconds);
        Console.WriteLine($"  1   {lat1.P50Ms,8:F3} {lat1.P99Ms,8:F3} {lat1.MaxMs,8:F3} {lat1.Lost,6}");

        var p99 = Math.Max(lat0.P99Ms, lat1.P99Ms);
        var lost = ours0.Lost + ours1.Lost + lat0.Lost + lat1.Lost;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT mqtt qos0_ratio={ratio0:F2} qos1_ratio={ratio1:F2} p99_ms={p99:F2} lost={lost}"));
        return 0;
    }

    /// <summary>Alternates our client and mosquitto_sub <paramref name="repeat"/> times; medians, lost summed.</summary>
    private static async Task<(DrainResult Ours, DrainResult Reference)> DrainBothAsync(
        int port, int messages, MqttQualityOfServiceLevel qos, int repeat)
    {
        var ours = new List<DrainResult>();
        var reference = new List<DrainResult>();
        for (var i = 0; i < repeat; i++)
        {
            ours.Add(await DrainBenchmark.OursAsync(port, messages, qos));
            reference.Add(await DrainBenchmark.ReferenceAsync(port, messages, qos));
        }

        return (Median(ours), Median(reference));
    }

    private static DrainResult Median(List<DrainResult> runs)
    {
        var rate = runs.Select(r => r.MessagesPerSecond).Order().ElementAt(runs.Count / 2);
        var cpu = runs.Select(r => r.CpuMicrosecondsPerMessage).Order().ElementAt(runs.Count / 2);
        return new DrainResult(rate, runs.Sum(r => r.Lost), cpu);
    }
}
