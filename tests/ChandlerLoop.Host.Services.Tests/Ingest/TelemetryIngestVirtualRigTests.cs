using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Commands;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

/// <summary>The ingest against the virtual rig (the firmware's control core and protocol) on the in-process broker.</summary>
public sealed class TelemetryIngestVirtualRigTests
{
    [Fact]
    public async Task A_runs_telemetry_lands_once_per_sequence_without_gaps()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(RigDriver.RigKey, RigDriver.RunKey);
        await using var d = await RigDriver.StartAsync(h);
        await d.Rig.RunTicksAsync(10); // idle telemetry has no run: never stored
        await d.StartPrewarmAsync();
        await d.Rig.RunTicksAsync(240); // 2 min of rig time at 1 record/s

        await d.WaitUntilStoredCompleteAsync();
        var stored = await h.Database.TelemetryAsync(RigDriver.RunKey);
        Assert.InRange(stored.Count, 115, 125);
        Assert.Equal(Enumerable.Range(1, stored.Count), stored.Select(p => p.Sequence));
        Assert.All(stored.Zip(stored.Skip(1)), p => Assert.Equal(1.0, p.Second.TimeSinceBootSeconds - p.First.TimeSinceBootSeconds, 6));
        Assert.All(stored, p => Assert.Equal(37.0, p.SetpointCelsius));
        Assert.DoesNotContain(stored, p => p.WasReplayed);
        Assert.True(h.Ingest.Counters.NoRunTelemetry >= 4);
        Assert.Empty(h.Backfills);
    }

    [Fact]
    public async Task A_back_fill_of_records_already_stored_adds_no_row_and_fails_nothing()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(RigDriver.RigKey, RigDriver.RunKey);
        await using var d = await RigDriver.StartAsync(h);
        await d.StartPrewarmAsync();
        await d.Rig.RunTicksAsync(120);
        await d.WaitUntilStoredCompleteAsync();
        var before = d.Rig.LastTelemetrySequence;

        // The rig re-sends 1..before with replay: true (≤ 50/s) while live records keep coming.
        await d.CommandAsync(id => new BackfillCommand(RigDriver.RigKey, id, RigDriver.RunKey, 1, before));
        await d.Rig.RunTicksAsync(10);
        await Wait.UntilAsync(() => h.Ingest.Counters.DuplicateTelemetry >= before, before + " replayed duplicates");
        await d.WaitUntilStoredCompleteAsync();

        var stored = await h.Database.TelemetryAsync(RigDriver.RunKey);
        Assert.Equal(Enumerable.Range(1, d.Rig.LastTelemetrySequence), stored.Select(p => p.Sequence));
        Assert.DoesNotContain(stored, p => p.WasReplayed); // the live originals were kept
        Assert.Equal(0, h.Ingest.Counters.FailedFlushes);
        Assert.Empty(h.Backfills);
    }

    [Fact]
    public async Task A_network_drop_leaves_a_gap_that_the_ingest_back_fills_until_the_run_is_complete()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(RigDriver.RigKey, RigDriver.RunKey);
        await using var d = await RigDriver.StartAsync(h);
        await d.StartPrewarmAsync();
        await d.Rig.RunTicksAsync(60);
        await d.WaitUntilStoredCompleteAsync();

        var received = d.Rig.ReceivedCommandCount;
        d.Rig.DropNetwork(60); // ~60 records produced offline; the rig's 16-slot outbox keeps only the newest
        await d.Rig.RunTicksAsync(124);
        Assert.True(d.Rig.IsConnected);

        // The ingest sees the gap once a record after it is stored and asks for it (grace 0 here).
        await Wait.UntilAsync(() => h.Backfills.Any(), "a back-fill request");
        var request = h.Backfills.First();
        Assert.Equal(RigDriver.RunKey, request.RunId);
        Assert.InRange(request.ToSequence!.Value - request.FromSequence + 1, 40, 60);

        await Wait.UntilAsync(() => d.Rig.ReceivedCommandCount > received, "the rig to receive the back-fill");
        await d.Rig.RunTicksAsync(10); // ≤ 50 records/s: the gap is re-sent within 2 s of rig time
        await d.WaitUntilStoredCompleteAsync();

        var stored = await h.Database.TelemetryAsync(RigDriver.RunKey);
        Assert.Equal(Enumerable.Range(1, d.Rig.LastTelemetrySequence), stored.Select(p => p.Sequence));
        Assert.Equal(
            Enumerable.Range((int)request.FromSequence, (int)(request.ToSequence.Value - request.FromSequence + 1)),
            stored.Where(p => p.WasReplayed).Select(p => p.Sequence));
        Assert.Empty(await h.Ingest.GapsAsync(RigDriver.RigKey, RigDriver.RunKey));
    }
}
