using ChandlerLoop.Data.Entities;
using ChandlerLoop.EndToEnd.Tests.Infrastructure;
using ChandlerLoop.Host.Services.Orchestration;

namespace ChandlerLoop.EndToEnd.Tests;

/// <summary>A rig power cut mid-run (docs/protocol.md, "Rig reboot").</summary>
public sealed class RigRebootTests
{
    [Fact]
    public async Task A_rig_reboot_during_the_exposure_aborts_the_run_as_rig_rebooted_with_a_deviation()
    {
        await using var s = await RunScenario.StartAsync("R-E2E-REBOOT");
        await s.StartExposureAsync();
        var lastBefore = 0;
        await s.Rig.Act(r =>
        {
            lastBefore = r.LastTelemetrySequence;
            r.Reboot();
        });

        await s.WaitForRunStateAsync(RunState.Aborted);
        await s.Rig.WaitUntilAsync(r => r.BootCount == 2 && r.IsConnected, RunScenario.StepTimeout, "the rig to boot again");
        var run = await s.Database.RunAsync(s.RunId);
        Assert.Equal("rig rebooted", run.EndReason);
        Assert.NotNull(run.EndedAtUtc);

        // The rig comes back Idle with the interrupted run as its last run; the host says what happened.
        Assert.Equal(ChandlerLoop.Control.Run.RunState.Idle, s.RigState);
        Assert.Equal(s.RunKey, s.Rig.Rig.RunId);
        var deviations = await s.Database.DeviationsAsync(s.RunId);
        var reboot = Assert.Single(deviations, d => d.Code == RunOrchestrator.RigRebootCode);
        Assert.True(reboot.IsAutomatic);
        Assert.Contains("running", reboot.What, StringComparison.OrdinalIgnoreCase);

        // What the rig recorded before the cut is stored once back-filled from its flash log, except at
        // most the last 10 s (20 ticks) it had not yet flushed, if those were not received live either.
        await s.WaitUntilAsync(async () => (await s.Database.SequencesAsync(s.RunId)).Count >= lastBefore - 20, "the interrupted run's records back-filled");
        var stored = await s.Database.SequencesAsync(s.RunId);
        var missing = Enumerable.Range(1, lastBefore).Except(stored).ToList();
        Assert.True(missing.Count <= 20, $"{missing.Count} of the {lastBefore} records recorded before the reboot are missing (first {string.Join(", ", missing.Take(10))})");
    }
}
