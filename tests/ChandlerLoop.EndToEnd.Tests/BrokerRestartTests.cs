using ChandlerLoop.Data.Entities;
using ChandlerLoop.EndToEnd.Tests.Infrastructure;

namespace ChandlerLoop.EndToEnd.Tests;

/// <summary>Mosquitto restarted mid-run (clean stop, persistence on, same port).</summary>
public sealed class BrokerRestartTests
{
    [Fact]
    public async Task A_broker_restart_during_the_exposure_loses_no_telemetry_once_back_filled()
    {
        await using var s = await RunScenario.StartAsync("R-E2E-BROKER");
        await s.StartExposureAsync();

        // Down for ~0.4 s of wall time ≈ 4 min of rig time: the rig keeps recording (RAM ring 300 s,
        // flash log 1 h) while its outbox keeps only the newest 16 messages, so records are lost live.
        var before = s.Rig.Rig.LastTelemetrySequence;
        await s.Broker.StopAsync();
        await s.Rig.WaitUntilAsync(r => !r.IsConnected, RunScenario.StepTimeout, "the rig to notice the broker is gone");
        await Task.Delay(400);
        await s.Broker.StartAgainAsync();
        await s.Rig.WaitUntilAsync(r => r.IsConnected, RunScenario.StepTimeout, "the rig to reconnect");
        Assert.True(s.Rig.Rig.LastTelemetrySequence - before > 16, "the outage was too short to lose any record");

        await s.AcknowledgeSampleAsync(1);
        await s.AcknowledgeSampleAsync(2);
        await s.WaitForRunStateAsync(RunState.Completed);

        var (stored, newest) = await s.WaitForTelemetryUpToNewestAsync();
        TelemetryAssert.CompleteUpTo(stored, newest);
        // Records lost live came back as back-fill (replay: true), asked for by the ingest (gap) or the
        // orchestrator (catch-up after the rig reconnected with the run).
        Assert.True(await s.Database.ReplayedCountAsync(s.RunId) > 0, "no record was back-filled, so the outage was not exercised");
    }
}
