using System.Diagnostics;
using Xunit.Abstractions;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Protocol.Messages.Commands;
using Microsoft.EntityFrameworkCore;
using RigRunState = ChandlerLoop.Control.Run.RunState;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>A whole 30-min run of the virtual rig (firmware core + plant) over the in-process broker, stored by the ingest, then evaluated.</summary>
public sealed class AcceptanceVirtualRigTests
{
    private readonly ITestOutputHelper _output;

    public AcceptanceVirtualRigTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_virtual_rig_run_stored_by_the_ingest_passes_the_temperature_rotation_exposure_and_completeness_checks()
    {
        var watch = Stopwatch.StartNew();
        await using var h = await ServiceHarness.StartAsync();
        await h.Database.SeedRunAsync(RigDriver.RigKey, RigDriver.RunKey);
        // The bath starts near the set-point, as in the simulator's own full-run test: from 36.0 °C the
        // rig's pre-warm settles at 36.5 °C and never reaches the ±0.3 °C gate (reported, not ours to fix).
        await using var d = await FullRunRig.StartAsync(h, bathCelsius: 36.9);
        await d.CommandAsync(id => new StartPrewarmCommand(RigDriver.RigKey, id, RigDriver.RunKey, 37.0, 30.0, 30.0, [0.0, 30.0], StabilityHoldSeconds: 60));

        for (var i = 0; i < 2 * 1800 && d.Rig.State != RigRunState.Ready; i++)
        {
            await d.Rig.TickAsync();
        }

        Assert.Equal(RigRunState.Ready, d.Rig.State);
        await d.CommandAsync(id => new ConfirmLoadedCommand(RigDriver.RigKey, id)); // t0; the cold blood goes in now
        await d.CommandAsync(id => new AckSampleCommand(RigDriver.RigKey, id, 0, "T0-1"));
        await d.Rig.RunTicksAsync((long)(1800 / 0.5) + 4);
        Assert.Equal(RigRunState.SampleDue, d.Rig.State); // the t_end sample, drum stopped
        await d.Rig.RunTicksAsync(20); // the operator takes 10 s to acknowledge: not a stoppage
        await d.CommandAsync(id => new AckSampleCommand(RigDriver.RigKey, id, 1, "T30-1"));
        Assert.Equal(RigRunState.Completed, d.Rig.State);
        await d.Rig.RunTicksAsync(4);
        await Wait.UntilAsync(async () => (await h.Database.TelemetryAsync(RigDriver.RunKey)).Count == d.Rig.LastTelemetrySequence, "every record of the run stored");
        await MarkCompletedAsync(h);

        var report = await new AcceptanceService(h.Database.Factory).EvaluateAsync(await RunIdAsync(h), "bob");

        foreach (var code in new[]
        {
            AcceptanceCheckCodes.TemperatureInBand, AcceptanceCheckCodes.TemperatureExcursion, AcceptanceCheckCodes.SpeedMean,
            AcceptanceCheckCodes.RotationStoppage, AcceptanceCheckCodes.ExposureTime, AcceptanceCheckCodes.TelemetryComplete,
        })
        {
            var check = report.Check(code)!;
            _output.WriteLine(code + ": " + check.Value + " — " + check.Detail);
            Assert.True(check.Passed, code + ": " + check.Detail);
        }

        Assert.InRange(report.Check(AcceptanceCheckCodes.TemperatureInBand)!.Value!.Value, 95.0, 100.0);
        Assert.InRange(report.Check(AcceptanceCheckCodes.ExposureTime)!.Value!.Value, -1.0, 1.0);
        Assert.Equal("fail", report.Outcome); // the seeded run has no loops or results: those checks are not evaluable
        Assert.False(report.Check(AcceptanceCheckCodes.PositiveControl)!.Evaluable);
        _output.WriteLine("wall time " + watch.Elapsed);
    }

    private static async Task MarkCompletedAsync(ServiceHarness h)
    {
        // What the orchestrator does from the rig's state_changed events.
        await using var db = h.Database.Factory.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.RunKey == RigDriver.RunKey);
        run.State = RunState.Completed;
        run.LoadedAtUtc = h.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    private static async Task<long> RunIdAsync(ServiceHarness h)
    {
        await using var db = h.Database.Factory.CreateDbContext();
        return await db.Runs.Where(r => r.RunKey == RigDriver.RunKey).Select(r => r.Id).SingleAsync();
    }
}
