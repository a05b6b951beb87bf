using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Telemetry;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

/// <summary>Gap detection and the back-fill schedule, with a fake rig (nobody answers) and a manual clock.</summary>
public sealed class TelemetryIngestBackfillTests
{
    private const string Rig = "rig-05";
    private const string Run = "R-GAP-01";

    private static async Task PublishAsync(ServiceHarness h, params int[] sequences)
    {
        foreach (var seq in sequences)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq));
        }

        await Wait.UntilAsync(() => h.Ingest.PendingCount == 0 && h.Ingest.Counters.ReceivedTelemetry >= sequences.Length, "the records written");
    }

    [Fact]
    public async Task A_gap_is_asked_for_once_and_again_only_after_the_repeat_interval()
    {
        await using var h = await ServiceHarness.StartAsync(new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20),
            BackfillGracePeriod = TimeSpan.Zero,
            BackfillRepeatInterval = TimeSpan.FromSeconds(30),
        });
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 2, 3, 7, 8);

        await Wait.UntilAsync(() => h.Backfills.Count() == 1, "the back-fill request");
        var request = Assert.Single(h.Backfills);
        Assert.Equal((Rig, Run, 4L, (long?)6L), (request.RigId, request.RunId, request.FromSequence, request.ToSequence));
        Assert.Equal([new SequenceRange(4, 6)], await h.Ingest.GapsAsync(Rig, Run));

        await h.WaitForFlushesAsync(5);
        h.Clock.Advance(TimeSpan.FromSeconds(29));
        await h.WaitForFlushesAsync(5);
        Assert.Single(h.Backfills); // not repeated within 30 s

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await Wait.UntilAsync(() => h.Backfills.Count() == 2, "the repeated request");
        Assert.Equal(4, h.Backfills.Last().FromSequence);
        Assert.NotEqual(h.Backfills.First().CommandId, h.Backfills.Last().CommandId); // a rig ignores a repeated id
    }

    [Fact]
    public async Task A_gap_is_not_asked_for_within_the_grace_period()
    {
        await using var h = await ServiceHarness.StartAsync(new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(20),
            BackfillGracePeriod = TimeSpan.FromSeconds(2),
        });
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 4);
        await h.WaitForFlushesAsync(5);
        h.Clock.Advance(TimeSpan.FromSeconds(1.9));
        await h.WaitForFlushesAsync(5);
        Assert.Empty(h.Backfills);

        h.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await Wait.UntilAsync(() => h.Backfills.Count() == 1, "the request after the grace period");
    }

    [Fact]
    public async Task A_gap_closed_by_late_records_is_never_asked_for_again()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 5);
        await Wait.UntilAsync(() => h.Backfills.Count() == 1, "the request");

        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 2, replay: true));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 3, replay: true));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 4, replay: true));
        await Wait.UntilAsync(async () => (await h.Database.TelemetryAsync(Run)).Count == 5, "the replayed records");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.WaitForFlushesAsync(5);

        Assert.Single(h.Backfills);
        Assert.Empty(await h.Ingest.GapsAsync(Rig, Run));
        Assert.Equal([false, true, true, true, false], (await h.Database.TelemetryAsync(Run)).Select(p => p.WasReplayed));
    }

    [Fact]
    public async Task After_a_host_restart_stored_records_are_not_asked_for_again()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        await PublishAsync(h, 1, 2, 3);
        await using (var restarted = new TelemetryIngest(h.Host, h.Database.Factory, new TelemetryIngestOptions { BackfillGracePeriod = TimeSpan.Zero }, h.Clock))
        {
            await restarted.StartAsync();
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 4));
            await Wait.UntilAsync(() => restarted.Counters.ReceivedTelemetry == 1, "the record at the new ingest");
            await restarted.FlushAsync();

            Assert.Empty(await restarted.GapsAsync(Rig, Run)); // 1..3 were known from the database
            Assert.Equal(1, restarted.Counters.StoredTelemetry + restarted.Counters.DuplicateTelemetry);
        }

        await h.WaitForFlushesAsync();
        Assert.Equal([1, 2, 3, 4], (await h.Database.TelemetryAsync(Run)).Select(p => p.Sequence));
        Assert.DoesNotContain(h.Backfills, b => b.RunId == Run);
    }
}
