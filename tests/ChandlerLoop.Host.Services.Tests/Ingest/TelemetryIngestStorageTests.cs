using System.Text;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

public sealed class TelemetryIngestStorageTests
{
    private const string Rig = "rig-07";
    private const string Run = "R-STORE-01";

    [Fact]
    public async Task Records_of_a_known_run_are_stored_with_their_values_once_per_sequence()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        for (var seq = 1; seq <= 5; seq++)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq));
        }

        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 3)); // a duplicate of a live record
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 4, replay: true)); // and a replay of one
        await Wait.UntilAsync(() => h.Ingest.Counters.ReceivedTelemetry == 7 && h.Ingest.PendingCount == 0, "all records written");
        await h.WaitForFlushesAsync();

        var points = await h.Database.TelemetryAsync(Run);
        Assert.Equal([1, 2, 3, 4, 5], points.Select(p => p.Sequence));
        Assert.All(points, p => Assert.False(p.WasReplayed));
        var third = points[2];
        Assert.Equal(3.0, third.TimeSinceBootSeconds);
        Assert.Equal(36.2, third.ControlTemperatureCelsius);
        Assert.Equal(0.42, third.HeaterDutyCycle);
        Assert.Equal("prewarming", third.State);
        Assert.Equal("none", third.Fault);
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime, third.ReceivedAtUtc);
        Assert.Equal(5, h.Ingest.Counters.StoredTelemetry);
        Assert.Equal(2, h.Ingest.Counters.DuplicateTelemetry);
        Assert.Equal(0, h.Ingest.Counters.FailedFlushes);
        Assert.Empty(h.Backfills);
    }

    [Fact]
    public async Task Records_of_an_unknown_run_or_of_no_run_are_counted_and_not_stored()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        await h.Database.SeedRunAsync("rig-08", "R-OTHER-RIG");
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, "R-NOT-SET-UP", 1));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, "R-NOT-SET-UP", 5));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, null, 1));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, "R-OTHER-RIG", 1)); // a run of another rig
        await Wait.UntilAsync(() => h.Ingest.Counters.ReceivedTelemetry == 4 && h.Ingest.PendingCount == 0, "all records handled");
        await h.WaitForFlushesAsync();

        Assert.Equal(3, h.Ingest.Counters.UnknownRunTelemetry);
        Assert.Equal(1, h.Ingest.Counters.NoRunTelemetry);
        Assert.Equal(0, h.Ingest.Counters.StoredTelemetry);
        Assert.Empty(await h.Database.TelemetryAsync("R-OTHER-RIG"));
        Assert.Empty(h.Backfills); // the 2..4 "gap" of an unknown run is not tracked
    }

    [Fact]
    public async Task Undecodable_payloads_are_counted_and_later_records_are_still_stored()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        await h.PublishRawAsync(RigTopics.Telemetry(Rig), Encoding.UTF8.GetBytes("{not json"));
        await h.PublishRawAsync(RigTopics.Events(Rig), Encoding.UTF8.GetBytes("{\"v\":2}"));
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 1));
        await Wait.UntilAsync(async () => (await h.Database.TelemetryAsync(Run)).Count == 1, "the valid record");

        Assert.Equal(2, h.Ingest.Counters.Undecodable);
    }

    [Fact]
    public async Task Events_are_stored_with_kind_run_and_payload_and_a_redelivery_is_stored_once()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        var changed = new StateChangedEvent(Rig, Run, 4, 12.5, RigState.Idle, RigState.PreWarming, 0.0);
        await h.PublishAsRigAsync(changed);
        await h.PublishAsRigAsync(changed); // QoS 1 re-delivery
        await h.PublishAsRigAsync(new StateChangedEvent(Rig, "R-UNKNOWN", 5, 13.0, RigState.PreWarming, RigState.Aborted, 0.0));
        await Wait.UntilAsync(() => h.Ingest.Counters.StoredEvents == 2, "two stored events");
        await h.WaitForFlushesAsync();

        var rows = await h.Database.EventsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal("state_changed", rows[0].Kind);
        Assert.Equal(Run, rows[0].Run?.RunKey);
        Assert.Equal(Rig, rows[0].Rig?.RigKey);
        Assert.Equal(12.5, rows[0].TimeSinceBootSeconds);
        Assert.Contains("\"eseq\":4", rows[0].PayloadJson, StringComparison.Ordinal);
        Assert.Null(rows[1].RunId); // its run is not in the database; the event is kept for the rig
        Assert.Equal(1, h.Ingest.Counters.DuplicateEvents);
    }

    [Fact]
    public async Task Events_of_a_rig_never_seen_create_its_rig_row()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.PublishAsRigAsync(new StateChangedEvent("rig-new", null, 1, 0.5, RigState.Idle, RigState.Idle, 0.0));
        await Wait.UntilAsync(() => h.Ingest.Counters.StoredEvents == 1, "the stored event");

        var rig = await h.Database.RigAsync("rig-new");
        Assert.NotNull(rig);
        Assert.Equal("rig-new", rig.Name);
    }
}
