using ChandlerLoop.Data.Entities;
using ChandlerLoop.EndToEnd.Tests.Infrastructure;

namespace ChandlerLoop.EndToEnd.Tests;

/// <summary>The host stopped and started again on the same database mid-run.</summary>
public sealed class HostRestartTests
{
    [Fact]
    public async Task After_a_host_restart_mid_run_the_new_host_resumes_the_run_and_back_fills_what_it_missed()
    {
        await using var s = await RunScenario.StartAsync("R-E2E-HOST");
        await s.StartExposureAsync();

        // The host is away ~0.3 s of wall time ≈ 3 min of rig time: live telemetry (QoS 0) is not
        // queued for its offline session, events (QoS 1) are.
        var before = s.Rig.Rig.LastTelemetrySequence;
        await s.RestartHostAsync(TimeSpan.FromMilliseconds(300));
        Assert.True(s.Rig.Rig.LastTelemetrySequence - before > 16, "the host was not away long enough to miss records");

        await s.AcknowledgeSampleAsync(1);
        await s.AcknowledgeSampleAsync(2);
        await s.WaitForRunStateAsync(RunState.Completed);

        var (stored, newest) = await s.WaitForTelemetryUpToNewestAsync();
        TelemetryAssert.CompleteUpTo(stored, newest);
        var run = await s.Database.RunAsync(s.RunId);
        Assert.Equal("completed", run.EndReason);
        Assert.Equal(3, await s.Database.SamplesTakenAsync(s.RunId));
        Assert.True(await s.Database.ReplayedCountAsync(s.RunId) > 0, "no record was back-filled, so the host missed nothing");
    }
}
