using ChandlerLoop.Host.Services.Tests.Infrastructure;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

public sealed class TelemetryIngestFailureTests
{
    private const string Rig = "rig-03";
    private const string Run = "R-FAIL-01";

    [Fact]
    public async Task A_batch_the_database_refuses_is_kept_and_written_once_the_database_accepts_again()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(Rig, Run);
        await h.Database.RefuseInsertsAsync("refuse_telemetry", "TelemetryPoints");
        for (var seq = 1; seq <= 3; seq++)
        {
            await h.PublishAsRigAsync(Messages.Telemetry(Rig, Run, seq));
        }

        await Wait.UntilAsync(() => h.Ingest.Counters.FailedFlushes >= 2, "failed writes");
        Assert.Equal(3, h.Ingest.PendingCount);
        Assert.Empty(await h.Database.TelemetryAsync(Run));
        Assert.Empty(h.Backfills); // nothing was stored, so nothing is known to be missing

        await h.Database.AllowInsertsAsync("refuse_telemetry", "TelemetryPoints");
        await Wait.UntilAsync(() => h.Ingest.PendingCount == 0, "the kept batch written");

        Assert.Equal([1, 2, 3], (await h.Database.TelemetryAsync(Run)).Select(p => p.Sequence));
        Assert.Equal(3, h.Ingest.Counters.StoredTelemetry);
    }
}
