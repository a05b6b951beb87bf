using ChandlerLoop.Protocol.Messages;

namespace ChandlerLoop.Protocol.Telemetry;

/// <summary>
/// De-duplicates telemetry from many rigs by (rig, run, seq) and lists the gaps of each run
/// (docs/protocol.md, "Back-fill"), one <see cref="TelemetrySequenceTracker"/> per (rig, run). Thread-safe.
/// </summary>
/// <remarks>
/// Records without a run (<c>run: null</c>) are always <see cref="SequenceAcceptance.New"/> and not tracked:
/// their sequence counts from boot, so after a rig reboot the same numbers come again for different
/// records, and they cannot be back-filled (a back-fill names a run). Call <see cref="Forget"/> when a run
/// is closed to release its memory.
/// </remarks>
public sealed class TelemetryDeduplicator
{
    private readonly Dictionary<(string RigId, string RunId), TelemetrySequenceTracker> _runs = [];
    private readonly Lock _lock = new();
    private readonly int _maximumRangesPerRun;

    /// <summary>Creates an empty de-duplicator.</summary>
    /// <param name="maximumRangesPerRun">Memory bound of each run's tracker (see <see cref="TelemetrySequenceTracker"/>).</param>
    public TelemetryDeduplicator(int maximumRangesPerRun = TelemetrySequenceTracker.DefaultMaximumRanges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumRangesPerRun, 2);
        _maximumRangesPerRun = maximumRangesPerRun;
    }

    /// <summary>Number of runs tracked.</summary>
    public int RunCount
    {
        get
        {
            lock (_lock)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>Whether <paramref name="record"/> is new (store it) or a duplicate (drop it), live or replay alike.</summary>
    public SequenceAcceptance Accept(TelemetryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Accept(record.RigId, record.RunId, record.Sequence);
    }

    /// <summary>Whether sequence <paramref name="sequence"/> of (<paramref name="rigId"/>, <paramref name="runId"/>) is new.</summary>
    public SequenceAcceptance Accept(string rigId, string? runId, long sequence)
    {
        ArgumentNullException.ThrowIfNull(rigId);
        if (runId is null)
        {
            return sequence is >= 1 and <= Validation.ProtocolLimits.MaximumSequence
                ? SequenceAcceptance.New
                : SequenceAcceptance.Invalid;
        }

        lock (_lock)
        {
            if (!_runs.TryGetValue((rigId, runId), out var tracker))
            {
                tracker = new TelemetrySequenceTracker(_maximumRangesPerRun);
                _runs.Add((rigId, runId), tracker);
            }

            return tracker.Accept(sequence);
        }
    }

    /// <summary>Missing ranges of a run between 1 and its highest sequence number; empty for an unknown run.</summary>
    public IReadOnlyList<SequenceRange> Gaps(string rigId, string runId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue((rigId, runId), out var tracker) ? tracker.Gaps() : [];
        }
    }

    /// <summary>Highest sequence number received for a run; 0 for an unknown run.</summary>
    public long HighestSequence(string rigId, string runId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue((rigId, runId), out var tracker) ? tracker.HighestSequence : 0;
        }
    }

    /// <summary>Gaps of a run given up to bound memory since the last call (see <see cref="TelemetrySequenceTracker.TakeAbandonedGaps"/>).</summary>
    public IReadOnlyList<SequenceRange> TakeAbandonedGaps(string rigId, string runId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue((rigId, runId), out var tracker) ? tracker.TakeAbandonedGaps() : [];
        }
    }

    /// <summary>Stops tracking a run (e.g. once it is closed); true when it was tracked.</summary>
    public bool Forget(string rigId, string runId)
    {
        lock (_lock)
        {
            return _runs.Remove((rigId, runId));
        }
    }
}
