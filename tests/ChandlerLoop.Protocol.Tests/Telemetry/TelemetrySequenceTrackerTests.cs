using ChandlerLoop.Protocol.Telemetry;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Protocol.Tests.Telemetry;

public sealed class TelemetrySequenceTrackerTests
{
    [Fact]
    public void A_run_received_in_order_is_one_range_with_no_gaps()
    {
        var tracker = new TelemetrySequenceTracker();
        for (var seq = 1; seq <= 10_000; seq++)
        {
            Assert.Equal(SequenceAcceptance.New, tracker.Accept(seq));
        }

        Assert.Empty(tracker.Gaps());
        Assert.Equal(1, tracker.RangeCount);
        Assert.Equal(10_000, tracker.HighestSequence);
        Assert.Equal(10_000, tracker.ReceivedCount);
    }

    [Fact]
    public void An_outage_leaves_a_gap_that_replay_fills_and_replayed_duplicates_are_dropped()
    {
        var tracker = new TelemetrySequenceTracker();
        AcceptAll(tracker, 1, 100);
        AcceptAll(tracker, 161, 200);

        Assert.Equal([new SequenceRange(101, 160)], tracker.Gaps());

        // Back-fill from 95: 95..100 are duplicates, 101..160 new.
        var answers = Enumerable.Range(95, 66).Select(seq => tracker.Accept(seq)).ToList();

        Assert.Equal(6, answers.Count(a => a == SequenceAcceptance.Duplicate));
        Assert.Equal(60, answers.Count(a => a == SequenceAcceptance.New));
        Assert.Empty(tracker.Gaps());
        Assert.Equal(1, tracker.RangeCount);
    }

    [Fact]
    public void Missing_first_records_and_several_gaps_are_listed_oldest_first()
    {
        var tracker = new TelemetrySequenceTracker();
        foreach (var seq in new long[] { 5, 6, 9, 3, 12 })
        {
            tracker.Accept(seq);
        }

        Assert.Equal(
            [new SequenceRange(1, 2), new SequenceRange(4, 4), new SequenceRange(7, 8), new SequenceRange(10, 11)],
            tracker.Gaps());
    }

    [Fact]
    public void A_huge_jump_is_one_gap_and_costs_no_memory()
    {
        var tracker = new TelemetrySequenceTracker();
        tracker.Accept(1);
        tracker.Accept(int.MaxValue);

        Assert.Equal([new SequenceRange(2, int.MaxValue - 1)], tracker.Gaps());
        Assert.Equal(2, tracker.RangeCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2147483648)]
    public void Sequence_numbers_outside_1_to_2_pow_31_minus_1_are_invalid(long seq)
    {
        var tracker = new TelemetrySequenceTracker();

        Assert.Equal(SequenceAcceptance.Invalid, tracker.Accept(seq));
        Assert.Equal(0, tracker.HighestSequence);
    }

    [Fact]
    public void Memory_stays_bounded_by_giving_up_the_oldest_gaps_and_reporting_them()
    {
        var tracker = new TelemetrySequenceTracker(maximumRanges: 4);
        foreach (var seq in new long[] { 1, 3, 5, 7, 9, 11 })
        {
            tracker.Accept(seq);
        }

        Assert.Equal(4, tracker.RangeCount);
        Assert.Equal([new SequenceRange(2, 2), new SequenceRange(4, 4)], tracker.TakeAbandonedGaps());
        Assert.Empty(tracker.TakeAbandonedGaps());
        Assert.Equal(2, tracker.AbandonedCount);
        Assert.Equal([new SequenceRange(6, 6), new SequenceRange(8, 8), new SequenceRange(10, 10)], tracker.Gaps());
        Assert.Equal(SequenceAcceptance.Duplicate, tracker.Accept(2));
        Assert.Equal(SequenceAcceptance.New, tracker.Accept(6));
    }

    [Fact]
    public void Behaves_like_a_set_of_received_numbers_in_any_order_with_duplicates()
    {
        var sequences = Gen.ArrayOf(Gen.Choose(1, 300).Select(n => (long)n));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(sequences.ToArbitrary(), (long[] received) =>
        {
            var tracker = new TelemetrySequenceTracker();
            var reference = new HashSet<long>();
            foreach (var seq in received)
            {
                var expected = reference.Add(seq) ? SequenceAcceptance.New : SequenceAcceptance.Duplicate;
                Assert.Equal(expected, tracker.Accept(seq));
            }

            var highest = reference.Count == 0 ? 0 : reference.Max();
            var missing = Enumerable.Range(1, (int)highest).Select(n => (long)n).Where(n => !reference.Contains(n));
            Assert.Equal(missing, tracker.Gaps().SelectMany(g => Enumerable.Range((int)g.First, (int)g.Count).Select(n => (long)n)));
            Assert.Equal(highest, tracker.HighestSequence);
            Assert.Equal(reference.Count, tracker.ReceivedCount);
            Assert.All(reference, seq => Assert.True(tracker.Contains(seq)));
            Assert.True(tracker.RangeCount <= reference.Count);
        }));
    }

    private static void AcceptAll(TelemetrySequenceTracker tracker, long first, long last)
    {
        for (var seq = first; seq <= last; seq++)
        {
            Assert.Equal(SequenceAcceptance.New, tracker.Accept(seq));
        }
    }
}
