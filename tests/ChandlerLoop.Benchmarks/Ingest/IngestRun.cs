namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>One measured ingest run: rates in records/s, latencies in ms, counts of records, times in s.</summary>
internal sealed record IngestRun(
    string Name,
    int Seconds,
    double OfferedPerSecond,
    double PersistedPerSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long Published,
    long Stored,
    long Lost,
    int Backlog,
    double DrainSeconds,
    double CpuSeconds);
