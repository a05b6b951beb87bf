using System.Diagnostics;
using System.Globalization;
using ChandlerLoop.Benchmarks.Mqtt;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// The <c>ingest</c> suite: telemetry of many simulated rigs (1 record/s each, QoS 0, as the firmware
/// publishes it) through a real Mosquitto on loopback into <see cref="TelemetryIngest"/> on a fresh
/// SQLite database whose runs exist, for a sustained period; then the same load, shorter, into a naive
/// ingest that writes one SaveChanges per record (the baseline). Measures persisted msg/s (rows seen
/// committed per second after a warm-up), lost (published − stored after a drain), persist latency
/// (publish → row visible to a reader; see <see cref="CommitObserver"/>), and the time to load a 4-hour
/// run (14,400 points) for display. Arguments: <c>--rigs N</c> (5000), <c>--connections C</c> (50),
/// <c>--seconds S</c> (40), <c>--baseline-seconds B</c> (10). Ends with the RESULT line for our ingest.
/// Targets: ≥ 5,000 msg/s sustained, lost = 0.
/// </summary>
public static class IngestBenchmark
{
    private const double WarmUpSeconds = 5;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    public static int Run(string[] args)
    {
        int rigs = 5000, connections = 50, seconds = 40, baselineSeconds = 10;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--rigs": rigs = value; break;
                case "--connections": connections = value; break;
                case "--seconds": seconds = value; break;
                case "--baseline-seconds": baselineSeconds = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --rigs N --connections C --seconds S --baseline-seconds B");
                    return 2;
            }
        }

        if (args.Length % 2 != 0 || rigs < 1 || connections < 1 || connections > rigs || seconds <= WarmUpSeconds || baselineSeconds <= WarmUpSeconds)
        {
            Console.Error.WriteLine($"usage: ingest [--rigs N] [--connections C (≤ N)] [--seconds S (> {WarmUpSeconds})] [--baseline-seconds B (> {WarmUpSeconds})]");
            return 2;
        }

        return RunAsync(rigs, connections, seconds, baselineSeconds).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int rigs, int connections, int seconds, int baselineSeconds)
    {
        Console.WriteLine($"Ingest benchmark: {BenchmarkMosquitto.Version()} on loopback, SQLite (WAL), {Environment.ProcessorCount} cores");
        Console.WriteLine($"Load: {rigs} rigs × 1 record/s (QoS 0) over {connections} connections = {rigs} msg/s offered; warm-up {WarmUpSeconds} s not counted in the rate");
        await using var broker = await BenchmarkMosquitto.StartAsync();

        await using var ourDatabase = await BenchmarkDatabase.CreateAsync(rigs);
        using var profile = new DbCommandProfile();
        profile.Start();
        var ours = await MeasureAsync("TelemetryIngest", broker.Port, ourDatabase, rigs, connections, seconds, async client =>
        {
            var ingest = new TelemetryIngest(client, ourDatabase.Factory);
            await ingest.StartAsync();
            return (ingest, () => ingest.PendingCount, () => ingest.DisposeAsync());
        });

        profile.Stop();
        profile.Print(8);
        await using var baselineDatabase = await BenchmarkDatabase.CreateAsync(rigs);
        var naive = await MeasureAsync("naive, 1 SaveChanges/msg", broker.Port, baselineDatabase, rigs, connections, baselineSeconds, async client =>
        {
            var ingest = new NaiveIngest(client, baselineDatabase);
            await ingest.StartAsync();
            return ((object)ingest, () => ingest.Backlog, () => ingest.DisposeAsync());
        });

        var (loadMs, loadRows) = await ourDatabase.TimeLongRunLoadAsync(14_400, 5);

        Console.WriteLine();
        Console.WriteLine("  ingest                      seconds  offered/s  persisted/s  p50 ms  p99 ms  max ms  published   stored  lost  backlog  drain s  CPU s");
        foreach (var r in new[] { ours, naive })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Name,-26} {r.Seconds,8} {r.OfferedPerSecond,10:N0} {r.PersistedPerSecond,12:N0} {r.P50Ms,7:F0} {r.P99Ms,7:F0} {r.MaxMs,7:F0} {r.Published,10:N0} {r.Stored,8:N0} {r.Lost,5:N0} {r.Backlog,8:N0} {r.DrainSeconds,8:F1} {r.CpuSeconds,6:F1}"));
        }

        Console.WriteLine($"  (latency = publish → row visible to a reader polling every {CommitObserver.PollInterval.TotalMilliseconds:F0} ms: an upper bound; lost = published − stored after the drain, backlog = still queued in the ingest when the drain gave up)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Load of a 4-hour run for display ({loadRows:N0} points, by run ordered by seq, from a database of {ours.Stored:N0} + 14,400 rows): median of 5 = {loadMs:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT ingest msgs_per_s={ours.PersistedPerSecond:F0} lost={ours.Lost} p99_persist_ms={ours.P99Ms:F0}"));
        return 0;
    }

    private static async Task<IngestRun> MeasureAsync(
        string name,
        int port,
        BenchmarkDatabase database,
        int rigs,
        int connections,
        int seconds,
        Func<MqttClient, Task<(object Ingest, Func<int> Backlog, Func<ValueTask> Dispose)>> start)
    {
        Console.WriteLine($"Running {name} for {seconds} s ...");
        await using var client = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port).WithClientId("bench-host-" + seconds + "-" + name.Length)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(60)).Build());
        await client.ConnectAsync();
        var (ingest, backlog, dispose) = await start(client);
        var load = new TelemetryLoad(port, rigs, connections, seconds, "load-" + name.Length);
        var observer = new CommitObserver(database, load);
        using var stopObserver = new CancellationTokenSource();
        var observing = Task.Run(() => observer.RunAsync(stopObserver.Token));

        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var loadStart = await load.RunAsync();
        var loadEnd = Stopwatch.GetTimestamp();
        if (ingest is TelemetryIngest receiving)
        {
            // Tells a slow database from a slow receive path: what reached the ingest while publishing.
            Console.WriteLine($"  at the end of the load: received by the ingest {receiving.Counters.ReceivedTelemetry:N0} of {load.Published:N0}, stored {receiving.Counters.StoredTelemetry:N0}, rows seen {observer.Seen:N0}");
        }

        // Drain: until every published record is seen stored, or nothing new is seen for 3 s, or the timeout.
        var drain = Stopwatch.StartNew();
        var lastSeen = -1L;
        var stableSince = Stopwatch.StartNew();
        while (drain.Elapsed < DrainTimeout && observer.Seen < load.Published)
        {
            await Task.Delay(100);
            if (observer.Seen != lastSeen)
            {
                lastSeen = observer.Seen;
                stableSince.Restart();
            }
            else if (stableSince.Elapsed > TimeSpan.FromSeconds(3) && backlog() == 0)
            {
                break;
            }
        }

        drain.Stop();
        await Task.Delay(CommitObserver.PollInterval * 3);
        await stopObserver.CancelAsync();
        await observing;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var remaining = backlog();
        var disposing = Stopwatch.StartNew();
        await dispose();
        Console.WriteLine($"  stopping the ingest (writes what is still queued: {remaining:N0}) took {disposing.Elapsed.TotalSeconds:F1} s");
        if (ingest is TelemetryIngest ours)
        {
            Console.WriteLine($"  counters: {ours.Counters}");
        }

        var stored = await database.CountTelemetryAsync();
        var (p50, p99, max) = observer.Latencies();
        var warm = loadStart + (long)(WarmUpSeconds * Stopwatch.Frequency);
        return new IngestRun(name, seconds, load.Published / Stopwatch.GetElapsedTime(loadStart, loadEnd).TotalSeconds,
            observer.RateBetween(warm, loadEnd), p50, p99, max, load.Published, stored, Math.Max(0, load.Published - stored),
            remaining, drain.Elapsed.TotalSeconds, cpu);
    }
}
