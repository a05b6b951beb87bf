using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

/// <summary>Gaps the ingest gives up on, and releasing the tracker of a run that ended.</summary>
public sealed class TelemetryIngestGiveUpTests
{
    private const string Rig = "rig-06";
    private const string Run = "R-GIVEUP-01";

    private static async Task PublishAsync(ServiceHarness h, params int[] sequences)
    {
        var before = h.Ingest.Counters.ReceivedTelemetry;
        foreach (var seq in sequences)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq));
        }

        await Wait.UntilAsync(() => h.Ingest.PendingCount == 0 && h.Ingest.Counters.ReceivedTelemetry >= before + sequences.Length, "the records written");
    }

    [Fact]
    public async Task A_gap_asked_for_the_maximum_number_of_times_is_given_up_and_reported_once()
    {
        await using var h = await ServiceHarness.StartAsync(new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20),
            BackfillGracePeriod = TimeSpan.Zero,
            BackfillRepeatInterval = TimeSpan.FromSeconds(30),
            BackfillMaximumRequests = 2,
        });
        var abandoned = new List<(string, string, SequenceRange)>();
        h.Ingest.GapAbandoned += (rig, run, gap) => { lock (abandoned) { abandoned.Add((rig, run, gap)); } };
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 2, 3, 7, 8);

        await Wait.UntilAsync(() => h.Backfills.Count() == 1, "the first request");
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => h.Backfills.Count() == 2, "the second request");
        Assert.Empty(abandoned);

        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => { lock (abandoned) { return abandoned.Count == 1; } }, "the gap given up");
        Assert.Equal((Rig, Run, new SequenceRange(4, 6)), abandoned[0]);
        Assert.Equal(3, h.Ingest.Counters.AbandonedRecords);

        h.Clock.Advance(TimeSpan.FromSeconds(300));
        await h.WaitForFlushesAsync(5);
        Assert.Equal(2, h.Backfills.Count()); // never asked for again
        Assert.Single(abandoned);
        Assert.Equal([new SequenceRange(4, 6)], await h.Ingest.GapsAsync(Rig, Run)); // still a gap in the record
    }

    [Fact]
    public async Task Releasing_a_run_returns_its_open_gaps_and_forgets_its_tracker()
    {
        await using var h = await ServiceHarness.StartAsync(new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20),
            BackfillGracePeriod = TimeSpan.FromHours(1),
        });
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 2, 5);
        Assert.Equal(1, h.Ingest.TrackedRunCount);

        var open = await h.Ingest.ReleaseRunAsync(Rig, Run);

        Assert.Equal([new SequenceRange(3, 4)], open);
        Assert.Equal(0, h.Ingest.TrackedRunCount);
        Assert.Empty(await h.Ingest.GapsAsync(Rig, Run));
        Assert.Empty(await h.Ingest.ReleaseRunAsync(Rig, Run));

        // A later record of the run is still stored; its tracker is rebuilt from the database.
        await PublishAsync(h, 6);
        await Wait.UntilAsync(async () => (await h.Database.TelemetryAsync(Run)).Count == 4, "record 6 stored");
        Assert.Equal([new SequenceRange(3, 4)], await h.Ingest.GapsAsync(Rig, Run));
    }

    [Fact]
    public void A_negative_maximum_number_of_requests_is_refused()
    {
        var error = new TelemetryIngestOptions { BackfillMaximumRequests = -1 }.Validate();
        Assert.NotNull(error);
        Assert.Contains("BackfillMaximumRequests", error);
        Assert.Null(new TelemetryIngestOptions { BackfillMaximumRequests = 0 }.Validate());
    }
}
