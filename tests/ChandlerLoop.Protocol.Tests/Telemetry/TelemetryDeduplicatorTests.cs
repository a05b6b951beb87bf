using System.Collections.Concurrent;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Protocol.Tests.Telemetry;

public sealed class TelemetryDeduplicatorTests
{
    private static TelemetryRecord Record(string rig, string? run, long seq, bool replay = false) =>
        new(rig, run, seq, seq, RigState.Running, 37, 37, 37, 0.1, 30, 30, seq, RigFault.None, replay);

    [Fact]
    public void Records_are_deduplicated_per_rig_and_run_whether_live_or_replay()
    {
        var deduplicator = new TelemetryDeduplicator();

        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept(Record("rig-01", "R-1", 1)));
        Assert.Equal(SequenceAcceptance.Duplicate, deduplicator.Accept(Record("rig-01", "R-1", 1, replay: true)));
        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept(Record("rig-02", "R-1", 1)));
        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept(Record("rig-01", "R-2", 1)));
        Assert.Equal(3, deduplicator.RunCount);
    }

    [Fact]
    public void Gaps_and_highest_sequence_are_per_run_and_forgetting_a_run_frees_it()
    {
        var deduplicator = new TelemetryDeduplicator();
        deduplicator.Accept("rig-01", "R-1", 1);
        deduplicator.Accept("rig-01", "R-1", 4);

        Assert.Equal([new SequenceRange(2, 3)], deduplicator.Gaps("rig-01", "R-1"));
        Assert.Equal(4, deduplicator.HighestSequence("rig-01", "R-1"));
        Assert.Empty(deduplicator.Gaps("rig-01", "R-9"));
        Assert.True(deduplicator.Forget("rig-01", "R-1"));
        Assert.Equal(0, deduplicator.RunCount);
        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept("rig-01", "R-1", 1));
    }

    [Fact]
    public void Records_without_a_run_are_never_dropped_because_their_numbers_restart_at_boot()
    {
        var deduplicator = new TelemetryDeduplicator();

        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept(Record("rig-01", null, 7)));
        Assert.Equal(SequenceAcceptance.New, deduplicator.Accept(Record("rig-01", null, 7)));
        Assert.Equal(SequenceAcceptance.Invalid, deduplicator.Accept("rig-01", null, 0));
        Assert.Equal(0, deduplicator.RunCount);
    }

    [Fact]
    public void Concurrent_deliveries_accept_each_record_exactly_once()
    {
        var deduplicator = new TelemetryDeduplicator();
        var accepted = new ConcurrentBag<long>();

        // Four deliveries of the same 5,000 records (live plus three replays), racing.
        Parallel.For(0, 4, _ =>
        {
            for (long seq = 1; seq <= 5_000; seq++)
            {
                if (deduplicator.Accept("rig-01", "R-1", seq) == SequenceAcceptance.New)
                {
                    accepted.Add(seq);
                }
            }
        });

        Assert.Equal(Enumerable.Range(1, 5_000).Select(n => (long)n), accepted.Order());
        Assert.Empty(deduplicator.Gaps("rig-01", "R-1"));
    }
}
