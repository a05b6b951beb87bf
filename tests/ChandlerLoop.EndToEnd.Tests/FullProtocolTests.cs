using ChandlerLoop.Data.Entities;
using ChandlerLoop.EndToEnd.Tests.Infrastructure;
using ChandlerLoop.Host.Services.Orchestration;

namespace ChandlerLoop.EndToEnd.Tests;

/// <summary>A whole 30-min protocol at 600× through Mosquitto, the host services and SQLite.</summary>
public sealed class FullProtocolTests
{
    [Fact]
    public async Task A_30_minute_protocol_completes_with_every_telemetry_record_stored_and_every_sample_taken()
    {
        await using var s = await RunScenario.StartAsync("R-E2E-FULL");

        await s.StartExposureAsync();
        await s.AcknowledgeSampleAsync(1);
        await s.AcknowledgeSampleAsync(2);
        await s.WaitForRunStateAsync(RunState.Completed);

        var (stored, newest) = await s.WaitForTelemetryUpToNewestAsync();
        TelemetryAssert.CompleteUpTo(stored, newest);
        var run = await s.Database.RunAsync(s.RunId);
        Assert.NotNull(run.PrewarmStartedAtUtc);
        Assert.NotNull(run.ReadyAtUtc);
        Assert.NotNull(run.LoadedAtUtc);
        Assert.NotNull(run.EndedAtUtc);
        Assert.Equal("completed", run.EndReason);

        // Every sample drawn, labelled with the tube the operator gave, in order and not before it was due
        // (how long after depends on the host's reaction time: at 600× one wall second is 10 simulated minutes).
        var samples = await s.Database.SamplesAsync(s.RunId);
        Assert.Equal(["T0", "T1", "T2"], samples.Select(x => x.TubeId));
        Assert.All(samples, x => Assert.True(x.ActualExposureSeconds >= x.PlannedOffsetMinutes * 60, $"sample {x.ScheduleIndex} taken at {x.ActualExposureSeconds} s, before its offset"));
        Assert.True(samples[0].ActualExposureSeconds < samples[1].ActualExposureSeconds && samples[1].ActualExposureSeconds < samples[2].ActualExposureSeconds);

        // Nothing went wrong, so nothing was recorded as a deviation, and the events were stored with the run.
        Assert.DoesNotContain(await s.Database.DeviationsAsync(s.RunId), d => d.Code is RunOrchestrator.RigRebootCode or RunOrchestrator.TelemetryLostCode);
        var kinds = await s.Database.EventKindsAsync(s.RunId);
        Assert.Equal(3, kinds.Count(k => k == "sample_taken"));
    }
}
