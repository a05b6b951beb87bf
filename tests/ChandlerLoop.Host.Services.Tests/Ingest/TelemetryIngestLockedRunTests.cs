using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

public sealed class TelemetryIngestLockedRunTests
{
    private const string Rig = "rig-08";
    private const string Run = "R-LOCK-01";

    [Fact]
    public async Task Records_arriving_after_approval_are_not_stored_and_leave_no_gap_to_back_fill()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        for (var seq = 1; seq <= 3; seq++)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq));
        }

        await Wait.UntilAsync(async () => (await h.Database.TelemetryAsync(Run)).Count == 3, "the run's records stored");

        // Approval locks the run; the rig keeps sending records tagged with it (completed, then idle
        // after a reboot), and a replay of an exposure record could still come.
        await h.Database.ExecuteAsync("UPDATE \"Runs\" SET \"IsLocked\" = TRUE");
        for (var seq = 4; seq <= 6; seq++)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq) with { State = RigState.Completed });
        }

        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 9) with { State = RigState.Idle });
        await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, 10, replay: true));
        await Wait.UntilAsync(() => h.Ingest.Counters.LockedRunTelemetry == 5, "the records of the locked run refused");
        await h.WaitForFlushesAsync();

        Assert.Equal([1, 2, 3], (await h.Database.TelemetryAsync(Run)).Select(p => p.Sequence));
        Assert.Equal(3, h.Ingest.Counters.StoredTelemetry);
        Assert.Empty(h.Backfills);
    }
}
