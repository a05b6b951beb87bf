using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Telemetry;

/// <summary>
/// De-duplication and gap detection for the telemetry of one run (docs/protocol.md, "Back-fill"). It keeps
/// the received sequence numbers as a sorted list of disjoint ranges, so a run of any length received in
/// order costs one range, and memory grows only with the number of gaps. <see cref="Accept"/> says whether
/// a record is new; <see cref="Gaps"/> lists what is missing between 1 and the highest sequence number
/// seen, which is what the host asks the rig to back-fill.
/// </summary>
/// <remarks>
/// Memory is bounded by <see cref="MaximumRanges"/>. When one more range would exceed it, the oldest gap
/// between two received ranges is given up: treated as received (late records in it are then reported as duplicates) and reported by
/// <see cref="TakeAbandonedGaps"/> so the host can record a deviation. A normal run (a 4 h exposure is
/// 14,400 records) never reaches the default bound. Not thread-safe; <see cref="TelemetryDeduplicator"/>
/// serialises access.
/// </remarks>
public sealed class TelemetrySequenceTracker
{
    /// <summary>Default bound on the number of received ranges (≈ 16 bytes each).</summary>
    public const int DefaultMaximumRanges = 16_384;

    private readonly List<SequenceRange> _received = [];
    private readonly Queue<SequenceRange> _abandoned = new();

    /// <summary>Creates an empty tracker.</summary>
    /// <param name="maximumRanges">Most received ranges kept, ≥ 2.</param>
    public TelemetrySequenceTracker(int maximumRanges = DefaultMaximumRanges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumRanges, 2);
        MaximumRanges = maximumRanges;
    }

    /// <summary>Most received ranges kept before the oldest gap is given up.</summary>
    public int MaximumRanges { get; }

    /// <summary>Highest sequence number received, 0 before the first record.</summary>
    public long HighestSequence => _received.Count == 0 ? 0 : _received[^1].Last;

    /// <summary>How many distinct records were accepted as new.</summary>
    public long ReceivedCount { get; private set; }

    /// <summary>How many sequence numbers were given up to stay within <see cref="MaximumRanges"/>, in total.</summary>
    public long AbandonedCount { get; private set; }

    /// <summary>Number of ranges held now (memory use is proportional to it).</summary>
    public int RangeCount => _received.Count;

    /// <summary>Records sequence number <paramref name="sequence"/> and says whether it is new.</summary>
    public SequenceAcceptance Accept(long sequence)
    {
        if (sequence < 1 || sequence > ProtocolLimits.MaximumSequence)
        {
            return SequenceAcceptance.Invalid;
        }

        // Index of the first range whose Last >= sequence - 1 (it may touch or hold the sequence).
        var index = LowerBound(sequence - 1);
        if (index < _received.Count && _received[index].Contains(sequence))
        {
            return SequenceAcceptance.Duplicate;
        }

        var joinsLeft = index < _received.Count && _received[index].Last == sequence - 1;
        var rightIndex = joinsLeft ? index + 1 : index;
        var joinsRight = rightIndex < _received.Count && _received[rightIndex].First == sequence + 1;
        if (joinsLeft && joinsRight)
        {
            _received[index] = new SequenceRange(_received[index].First, _received[rightIndex].Last);
            _received.RemoveAt(rightIndex);
        }
        else if (joinsLeft)
        {
            _received[index] = _received[index] with { Last = sequence };
        }
        else if (joinsRight)
        {
            _received[rightIndex] = _received[rightIndex] with { First = sequence };
        }
        else
        {
            _received.Insert(index, new SequenceRange(sequence, sequence));
            if (_received.Count > MaximumRanges)
            {
                AbandonOldestGap();
            }
        }

        ReceivedCount++;
        return SequenceAcceptance.New;
    }

    /// <summary>True when <paramref name="sequence"/> was received (or lies in a gap given up).</summary>
    public bool Contains(long sequence)
    {
        var index = LowerBound(sequence);
        return index < _received.Count && _received[index].Contains(sequence);
    }

    /// <summary>
    /// The missing sequence numbers between 1 and <see cref="HighestSequence"/>, oldest first. Records after
    /// the highest one cannot be known to be missing; a host that sees the rig's status with the same run
    /// after reconnecting asks for <see cref="HighestSequence"/> + 1 onwards.
    /// </summary>
    public IReadOnlyList<SequenceRange> Gaps()
    {
        var gaps = new List<SequenceRange>(_received.Count);
        var next = 1L;
        foreach (var range in _received)
        {
            if (range.First > next)
            {
                gaps.Add(new SequenceRange(next, range.First - 1));
            }

            next = range.Last + 1;
        }

        return gaps;
    }

    /// <summary>
    /// The gaps given up since the last call (at most <see cref="MaximumRanges"/> of them are remembered;
    /// <see cref="AbandonedCount"/> is always exact), and forgets them.
    /// </summary>
    public IReadOnlyList<SequenceRange> TakeAbandonedGaps()
    {
        var gaps = _abandoned.ToArray();
        _abandoned.Clear();
        return gaps;
    }

    private void AbandonOldestGap()
    {
        // Merging the first two ranges frees one range; the gap before the first range (if any) costs
        // nothing and stays listed.
        var gap = new SequenceRange(_received[0].Last + 1, _received[1].First - 1);
        _received[0] = _received[0] with { Last = _received[1].Last };
        _received.RemoveAt(1);
        AbandonedCount += gap.Count;
        _abandoned.Enqueue(gap);
        if (_abandoned.Count > MaximumRanges)
        {
            _abandoned.Dequeue();
        }
    }

    /// <summary>Index of the first range with <c>Last ≥ value</c>, or the count when there is none.</summary>
    private int LowerBound(long value)
    {
        int low = 0, high = _received.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_received[middle].Last < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
