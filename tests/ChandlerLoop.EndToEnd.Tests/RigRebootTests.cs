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

        // What the rig sent before the cut is stored (up to the last record the host saw).
        var stored = await s.Database.SequencesAsync(s.RunId);
        Assert.Contains(1, stored);
        Assert.True(stored.Count >= lastBefore - 20, $"stored {stored.Count} of the {lastBefore} records sent before the reboot");
    }
}
