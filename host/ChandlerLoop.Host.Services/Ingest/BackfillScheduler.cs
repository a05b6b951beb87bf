using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Decides when a gap in a run's telemetry is asked for (docs/protocol.md, "Back-fill"): once it has been
/// open for the grace period, and again only after the repeat interval. A gap is identified by its last
/// missing sequence number: the rig re-sends oldest first, so a gap being filled shrinks from the front
/// and keeps its last number (it is not a new gap each time a record arrives). Time is passed in.
/// Not thread-safe; the ingest calls it under its flush lock.
/// </summary>
internal sealed class BackfillScheduler
{
    private readonly Dictionary<(string RigKey, string RunKey), Dictionary<long, GapTiming>> _runs = [];
    private readonly TimeSpan _gracePeriod;
    private readonly TimeSpan _repeatInterval;
    private readonly int _maximumRequests;

    public BackfillScheduler(TimeSpan gracePeriod, TimeSpan repeatInterval, int maximumRequests = 0)
    {
        _gracePeriod = gracePeriod;
        _repeatInterval = repeatInterval;
        _maximumRequests = maximumRequests;
    }

    /// <summary>
    /// The gaps of a run to ask for now, given all its current gaps; forgets gaps that closed. A gap already
    /// asked for the maximum number of times (when there is one) and due again is given up instead: it is
    /// added to <paramref name="abandoned"/> once and never asked for again while it stays open.
    /// </summary>
    public IReadOnlyList<SequenceRange> Due(string rigKey, string runKey, IReadOnlyList<SequenceRange> gaps, DateTimeOffset now, List<SequenceRange>? abandoned = null)
    {
        if (gaps.Count == 0)
        {
            _runs.Remove((rigKey, runKey));
            return [];
        }

        if (!_runs.TryGetValue((rigKey, runKey), out var timings))
        {
            timings = [];
            _runs.Add((rigKey, runKey), timings);
        }

        var open = new HashSet<long>(gaps.Select(g => g.Last));
        foreach (var closed in timings.Keys.Where(k => !open.Contains(k)).ToList())
        {
            timings.Remove(closed);
        }

        var due = new List<SequenceRange>();
        foreach (var gap in gaps)
        {
            if (!timings.TryGetValue(gap.Last, out var timing))
            {
                timing = new GapTiming(now);
                timings.Add(gap.Last, timing);
            }

            if (timing.Abandoned
                || now - timing.FirstSeenAt < _gracePeriod
                || (timing.LastRequestedAt is { } last && now - last < _repeatInterval))
            {
                continue;
            }

            if (_maximumRequests > 0 && timing.RequestCount >= _maximumRequests)
            {
                timing.Abandoned = true;
                abandoned?.Add(gap);
            }
            else
            {
                due.Add(gap);
            }
        }

        return due;
    }

    /// <summary>Records that <paramref name="gap"/> was asked for at <paramref name="now"/>.</summary>
    public void MarkRequested(string rigKey, string runKey, SequenceRange gap, DateTimeOffset now)
    {
        if (_runs.TryGetValue((rigKey, runKey), out var timings) && timings.TryGetValue(gap.Last, out var timing))
        {
            timing.LastRequestedAt = now;
            timing.RequestCount++;
        }
    }

    /// <summary>Forgets everything about a run.</summary>
    public void Forget(string rigKey, string runKey) => _runs.Remove((rigKey, runKey));

    private sealed class GapTiming(DateTimeOffset firstSeenAt)
    {
        public DateTimeOffset FirstSeenAt { get; } = firstSeenAt;

        public DateTimeOffset? LastRequestedAt { get; set; }

        public int RequestCount { get; set; }

        public bool Abandoned { get; set; }
    }
}
