using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class TelemetryRingTests
{
    private static void AppendRange(TelemetryRing ring, int first, int last)
    {
        for (int seq = first; seq <= last; seq++)
        {
            ring.Append(TelemetryRecordLayoutTests.Sample(seq));
        }
    }

    [Fact]
    public void Holds_the_last_capacity_records_and_overwrites_older_ones()
    {
        var ring = new TelemetryRing(10);
        AppendRange(ring, 1, 25);

        Assert.Equal(16, ring.OldestSequence);
        Assert.Equal(25, ring.NewestSequence);
        Assert.False(ring.TryRead(15, new TelemetryRecord()));
        var read = new TelemetryRecord();
        for (int seq = 16; seq <= 25; seq++)
        {
            Assert.True(ring.TryRead(seq, read));
            Assert.Equal(seq, read.Sequence);
        }
    }

    [Fact]
    public void A_sequence_that_is_not_the_next_one_starts_the_ring_afresh()
    {
        var ring = new TelemetryRing(10);
        AppendRange(ring, 1, 5);
        ring.Append(TelemetryRecordLayoutTests.Sample(1)); // a new run

        Assert.Equal(1, ring.OldestSequence);
        Assert.Equal(1, ring.NewestSequence);
        Assert.False(ring.Holds(2));
    }

    [Fact]
    public void Sequence_below_one_is_refused()
    {
        var ring = new TelemetryRing(4);
        Assert.False(ring.Append(TelemetryRecordLayoutTests.Sample(0)));
        Assert.Equal(0, ring.NewestSequence);
    }

    [Fact]
    public void Unflushed_cursor_follows_appends_and_flushes()
    {
        var ring = new TelemetryRing(10);
        AppendRange(ring, 1, 3);
        Assert.Equal(1, ring.NextUnflushedSequence);

        ring.MarkFlushedThrough(2);
        Assert.Equal(3, ring.NextUnflushedSequence);
        ring.MarkFlushedThrough(3);
        Assert.Equal(0, ring.NextUnflushedSequence);

        AppendRange(ring, 4, 4);
        Assert.Equal(4, ring.NextUnflushedSequence);
    }

    [Fact]
    public void Copied_bytes_are_the_stored_record()
    {
        var ring = new TelemetryRing(4);
        AppendRange(ring, 1, 3);
        var bytes = new byte[TelemetryRecordLayout.RecordSize + 4];
        Assert.True(ring.TryCopyBytes(2, bytes, 4));
        Assert.Equal(2, TelemetryRecordLayout.ReadSequence(bytes, 4));
        Assert.False(ring.TryCopyBytes(9, bytes, 0));
    }

    [Fact]
    public void Appending_allocates_nothing()
    {
        var ring = new TelemetryRing(300);
        var record = TelemetryRecordLayoutTests.Sample(1);
        ring.Append(record);
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        for (int seq = 2; seq < 5000; seq++)
        {
            record.Sequence = seq;
            ring.Append(record);
        }

        Assert.Equal(before, System.GC.GetAllocatedBytesForCurrentThread());
    }
}
