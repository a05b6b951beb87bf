using System.Text.Json;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;
using ChandlerLoop.Host.Services.Deviations;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>The acceptance service on a migrated SQLite database.</summary>
public sealed class AcceptanceServiceTests
{
    [Fact]
    public async Task A_passing_run_stores_pass_the_time_and_a_camel_case_checklist_with_the_criteria_and_records_no_deviation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new ManualClock();
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, new SyntheticRun());

        var report = await new AcceptanceService(database.Factory, clock).EvaluateAsync(runId, "bob");

        Assert.Equal("pass", report.Outcome);
        var run = await LoadRunAsync(database, runId);
        Assert.Equal("pass", run.AcceptanceOutcome);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, run.AcceptanceEvaluatedAtUtc);
        using var json = JsonDocument.Parse(run.AcceptanceJson!);
        Assert.Equal("pass", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("bob", json.RootElement.GetProperty("evaluatedBy").GetString());
        Assert.Equal(95.0, json.RootElement.GetProperty("criteria").GetProperty("minTimeInBandPercent").GetDouble());
        Assert.Equal(13, json.RootElement.GetProperty("checks").GetArrayLength());
        Assert.Equal("temperature_in_band", json.RootElement.GetProperty("checks")[0].GetProperty("code").GetString());
        Assert.Equal(report.Checks, AcceptanceRecord.FromJson(run.AcceptanceJson)!.Checks);
        Assert.Empty(await new DeviationRecorder(database.Factory).ListAsync(runId));
    }

    [Fact]
    public async Task Each_failed_check_records_one_automatic_deviation_and_re_evaluation_adds_none()
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun { Telemetry = SyntheticRun.Series(temperature: i => i >= 900 && i < 990 ? 38.3 : 37.0) };
        synthetic.SetResult(synthetic.PositiveControl, 1, "PLT", 200);
        synthetic.SetResult(synthetic.PositiveControl, 1, "TAT", 20);
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);
        var service = new AcceptanceService(database.Factory, new ManualClock());

        var first = await service.EvaluateAsync(runId, "bob");
        var second = await service.EvaluateAsync(runId, "bob");

        Assert.Equal("fail", first.Outcome);
        Assert.Equal(
            [AcceptanceCheckCodes.TemperatureExcursion, AcceptanceCheckCodes.PositiveControl],
            first.FailedChecks.Select(c => c.Code));
        Assert.Equal(first.Checks, second.Checks);
        var deviations = await new DeviationRecorder(database.Factory).ListAsync(runId);
        Assert.Equal([AcceptanceCheckCodes.TemperatureExcursion, AcceptanceCheckCodes.PositiveControl], deviations.Select(d => d.Code));
        Assert.All(deviations, d => Assert.True(d.IsAutomatic));
        Assert.Contains("90.0 s", deviations[0].What);
        Assert.Contains("38.30 °C", deviations[0].What);
        Assert.StartsWith("Run invalid", deviations[1].Impact);
        Assert.Equal("fail", (await LoadRunAsync(database, runId)).AcceptanceOutcome);
    }

    [Fact]
    public async Task A_not_evaluable_check_records_a_deviation_asking_a_lab_manager_to_assess()
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun();
        synthetic.RemoveResult(synthetic.NegativeControl, 1, "TAT");
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);

        var report = await new AcceptanceService(database.Factory).EvaluateAsync(runId, "bob");

        var deviation = Assert.Single(await new DeviationRecorder(database.Factory).ListAsync(runId));
        Assert.Equal(AcceptanceCheckCodes.NegativeControlTat, deviation.Code);
        Assert.Contains("Not evaluable", deviation.What);
        Assert.Contains("lab manager", deviation.Impact);
        Assert.Equal("fail", report.Outcome);
    }

    [Fact]
    public async Task A_deviation_of_a_check_that_passes_on_re_evaluation_is_closed_with_that_reason_and_a_persons_disposition_stays()
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun();
        synthetic.RemoveResult(synthetic.NegativeControl, 1, "TAT");
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);
        var service = new AcceptanceService(database.Factory, new ManualClock());
        Assert.Equal("fail", (await service.EvaluateAsync(runId, "bob")).Outcome);
        var open = Assert.Single(await new DeviationRecorder(database.Factory).ListAsync(runId));
        Assert.Null(open.Disposition);

        // The missing result is entered (as the results page would), then acceptance is evaluated again.
        await using (var db = database.Factory.CreateDbContext())
        {
            db.ActingUserName = "alice";
            var first = await db.MarkerResults.AsNoTracking()
                .FirstAsync(m => m.Analyte == "TAT" && m.Sample!.Loop!.RunId == runId && m.Sample.Loop.Role == LoopRole.NegativeControl);
            var end = await db.Samples.FirstAsync(x => x.Loop!.RunId == runId && x.Loop.Role == LoopRole.NegativeControl && x.ScheduleIndex == 1);
            db.MarkerResults.Add(new MarkerResult
            {
                SampleId = end.Id, Analyte = "TAT", Value = first.Value * 1.5, Unit = first.Unit, EnteredByUserId = first.EnteredByUserId,
                EnteredAtUtc = first.EnteredAtUtc,
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal("pass", (await service.EvaluateAsync(runId, "bob")).Outcome);
        var closed = Assert.Single(await new DeviationRecorder(database.Factory).ListAsync(runId));
        Assert.StartsWith("resolved: the check passes on re-evaluation", closed.Disposition);
        Assert.Equal("bob", closed.DispositionByUserName);
        await using (var db = database.Factory.CreateDbContext())
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Deviation) && a.Field == nameof(Deviation.Disposition)
                && a.UserName == "bob" && a.Reason == "acceptance re-evaluated: the check passes"));
        }

        // A disposition a person wrote is never overwritten.
        await using (var db = database.Factory.CreateDbContext())
        {
            db.ActingUserName = "carol";
            var row = await db.Deviations.FirstAsync(d => d.Id == closed.Id);
            row.Disposition = "accepted by carol";
            await db.SaveChangesAsync("test: a person's disposition");
        }

        await service.EvaluateAsync(runId, "bob");
        Assert.Equal("accepted by carol", Assert.Single(await new DeviationRecorder(database.Factory).ListAsync(runId)).Disposition);
    }

    [Fact]
    public async Task The_protocol_snapshot_decides_whether_a_sampling_pause_is_a_stoppage()
    {
        await using var database = await TestDatabase.CreateAsync();
        var paused = SyntheticRun.Series(rpm: i => i >= 900 && i < 960 ? 0.0 : 30.0, state: i => i >= 900 && i < 960 ? "sample_due" : "running");
        var pausing = await SyntheticRunStore.SaveAsync(database.Factory, new SyntheticRun { Telemetry = paused }, "R-A", "{\"rotateWhileSampling\":false}");
        var rotating = await SyntheticRunStore.SaveAsync(database.Factory, new SyntheticRun { Telemetry = paused }, "R-B");
        var service = new AcceptanceService(database.Factory);

        Assert.True((await service.EvaluateAsync(pausing, "bob")).Check(AcceptanceCheckCodes.RotationStoppage)!.Passed);
        Assert.False((await service.EvaluateAsync(rotating, "bob")).Check(AcceptanceCheckCodes.RotationStoppage)!.Passed);
    }

    [Fact]
    public async Task A_locked_run_is_refused_and_keeps_the_evaluation_it_was_approved_with()
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun { Telemetry = [] };
        synthetic.Run.State = RunState.Approved;
        synthetic.Run.IsLocked = true;
        synthetic.Run.AcceptanceOutcome = "pass";
        synthetic.SetResult(synthetic.PositiveControl, 1, "PLT", 240); // would fail now
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => new AcceptanceService(database.Factory).EvaluateAsync(runId, "bob"));

        Assert.Equal(AcceptanceRefusal.RunLocked, refused.Refusal);
        Assert.Contains("locked", refused.Message);
        var run = await LoadRunAsync(database, runId);
        Assert.Equal("pass", run.AcceptanceOutcome);
        Assert.Null(run.AcceptanceJson);
        Assert.Empty(await new DeviationRecorder(database.Factory).ListAsync(runId));
    }

    [Theory]
    [InlineData(RunState.Running)]
    [InlineData(RunState.Draft)]
    public async Task A_run_whose_exposure_has_not_ended_is_refused(RunState state)
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun { Telemetry = [] };
        synthetic.Run.State = state;
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => new AcceptanceService(database.Factory).EvaluateAsync(runId, "bob"));

        Assert.Equal(AcceptanceRefusal.ExposureNotFinished, refused.Refusal);
        Assert.Null((await LoadRunAsync(database, runId)).AcceptanceOutcome);
    }

    [Fact]
    public async Task An_unknown_run_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => new AcceptanceService(database.Factory).EvaluateAsync(999, "bob"));

        Assert.Equal(AcceptanceRefusal.RunNotFound, refused.Refusal);
    }

    private static async Task<Run> LoadRunAsync(TestDatabase database, long runId)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
    }
}
