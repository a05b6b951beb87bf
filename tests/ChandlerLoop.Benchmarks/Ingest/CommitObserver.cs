using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// Sees rows become visible: every <see cref="PollInterval"/> a separate read connection (WAL: it never
/// blocks the writer) reads the telemetry rows added since the last poll. A row's persist latency is
/// the time it was first seen minus its publish time, so it is an upper bound, late by at most one
/// poll interval plus the query. Also counts rows seen per elapsed second, for the sustained rate.
/// </summary>
internal sealed class CommitObserver
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly BenchmarkDatabase _database;
    private readonly TelemetryLoad _load;
    private readonly List<double> _latenciesMs = new(400_000);
    private readonly List<long> _seenAt = new(400_000);
    private long _lastId;

    public CommitObserver(BenchmarkDatabase database, TelemetryLoad load)
    {
        _database = database;
        _load = load;
    }

    public long Seen => _seenAt.Count;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(CancellationToken.None);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT Id, RunId, Sequence FROM TelemetryPoints WHERE Id > $last ORDER BY Id";
        var last = query.Parameters.Add("$last", SqliteType.Integer);
        while (!ct.IsCancellationRequested)
        {
            last.Value = _lastId;
            await using (var reader = await query.ExecuteReaderAsync(CancellationToken.None))
            {
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    _lastId = reader.GetInt64(0);
                    var runId = reader.GetInt64(1);
                    var seq = reader.GetInt32(2);
                    if (_database.RigIndexByRunId.TryGetValue(runId, out var rig) && seq < _load.PublishedAt[rig].Length
                        && _load.PublishedAt[rig][seq] is var sent and > 0)
                    {
                        _latenciesMs.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                    }

                    _seenAt.Add(now);
                }
            }

            try
            {
                await Task.Delay(PollInterval, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Rows seen between <paramref name="from"/> and <paramref name="to"/> (Stopwatch timestamps), per second.</summary>
    public double RateBetween(long from, long to)
    {
        var count = _seenAt.Count(t => t >= from && t <= to);
        return count / Stopwatch.GetElapsedTime(from, to).TotalSeconds;
    }

    public (double P50, double P99, double Max) Latencies()
    {
        if (_latenciesMs.Count == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var sorted = _latenciesMs.Order().ToArray();
        return (Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
