using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Tests.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Results;

public sealed class ResultEntryServiceTests
{
    private static MarkerResultInput Tat(long sampleId, double value = 40, double dilution = 10) => new()
    {
        SampleId = sampleId, Analyte = "TAT", Value = value, Unit = "ng/mL", DilutionFactor = dilution, LloqValue = 2, UloqValue = 60, Method = "ELISA", KitLot = "K-1",
    };

    [Fact]
    public async Task Added_result_is_stored_in_canonical_units_after_dilution_with_provenance_and_audit()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        await lab.UpdateRunAsync(runId, r => r.State = RunState.Completed);
        var sample = await lab.SampleAsync(runId, 2, 2);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);

        var entry = await service.AddMarkerResultAsync(Tat(sample.Id), LabFixture.OperatorName);

        Assert.Empty(entry.Warnings);
        var stored = Assert.Single(await lab.ResultsAsync());
        Assert.Equal(("TAT", 400.0, "µg/L", 10.0), (stored.Analyte, stored.Value, stored.Unit, stored.DilutionFactor));
        Assert.Equal((40.0, "ng/mL", "manual"), (stored.RawValue!.Value, stored.RawUnit, stored.Source));
        Assert.Equal((2.0, 60.0), (stored.LloqValue!.Value, stored.UloqValue!.Value));
        var audit = await lab.AuditAsync(nameof(MarkerResult));
        Assert.Contains(audit, a => a.Field == "Value" && a.NewValue == "400" && a.UserName == LabFixture.OperatorName && a.Action == "create");
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(RunState.ResultsEntered, (await db.Runs.SingleAsync()).State);
    }

    [Fact]
    public async Task Value_above_the_hard_limit_is_refused_and_nothing_is_stored()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 1, 0);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);

        var error = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(
            new MarkerResultInput { SampleId = sample.Id, Analyte = "PLT", Value = 250_000, Unit = "10^3/µL" }, LabFixture.OperatorName));

        Assert.Contains("sanity limits 0–1,500 10^9/L", error.Message, StringComparison.Ordinal);
        Assert.Empty(await lab.ResultsAsync());
        Assert.Empty(await lab.AuditAsync(nameof(MarkerResult)));
    }

    [Fact]
    public async Task Implausible_value_and_a_repeat_entry_are_stored_with_warnings()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 1, 0);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);
        var input = new MarkerResultInput { SampleId = sample.Id, Analyte = "PLT", Value = 700, Unit = "10^9/L" };

        var first = await service.AddMarkerResultAsync(input, LabFixture.OperatorName);
        var second = await service.AddMarkerResultAsync(input, LabFixture.OperatorName);

        Assert.Equal(new[] { "implausible_high" }, first.Warnings.Select(w => w.Code));
        Assert.Equal(new[] { "implausible_high", "duplicate" }, second.Warnings.Select(w => w.Code));
        Assert.Equal(2, (await lab.ResultsAsync()).Count);
    }

    [Fact]
    public async Task Unknown_unit_unknown_sample_and_unknown_or_inactive_user_are_refused()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 1, 0);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);

        var unit = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(
            new MarkerResultInput { SampleId = sample.Id, Analyte = "TAT", Value = 5, Unit = "IU/L" }, LabFixture.OperatorName));
        var missing = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(Tat(99_999), LabFixture.OperatorName));
        var nobody = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(Tat(sample.Id), "nobody"));
        var inactive = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(Tat(sample.Id), "ivan"));

        Assert.Contains("use one of ng/mL", unit.Message, StringComparison.Ordinal);
        Assert.Contains("Sample 99999 does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'nobody' does not exist", nobody.Message, StringComparison.Ordinal);
        Assert.Contains("deactivated", inactive.Message, StringComparison.Ordinal);
        Assert.Empty(await lab.ResultsAsync());
    }

    [Fact]
    public async Task Change_needs_a_reason_and_is_audited_with_old_and_new_values()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 2, 2);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);
        var entry = await service.AddMarkerResultAsync(Tat(sample.Id), LabFixture.OperatorName);

        await Assert.ThrowsAsync<ResultValidationException>(() => service.ChangeMarkerResultAsync(entry.ResultId, Tat(sample.Id, 45), LabFixture.ManagerName, "  "));
        Assert.Equal(400, Assert.Single(await lab.ResultsAsync()).Value, 9);

        await service.ChangeMarkerResultAsync(entry.ResultId, Tat(sample.Id, 45), LabFixture.ManagerName, "transcription error");

        Assert.Equal(450, Assert.Single(await lab.ResultsAsync()).Value, 9);
        var change = (await lab.AuditAsync(nameof(MarkerResult))).Single(a => a.Action == "change" && a.Field == "Value");
        Assert.Equal((LabFixture.ManagerName, "400", "450", "transcription error"), (change.UserName, change.OldValue, change.NewValue, change.Reason));
    }

    [Fact]
    public async Task Delete_needs_a_reason_and_keeps_the_values_in_the_audit_trail()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 2, 2);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);
        var entry = await service.AddMarkerResultAsync(Tat(sample.Id), LabFixture.OperatorName);

        await Assert.ThrowsAsync<ResultValidationException>(() => service.DeleteMarkerResultAsync(entry.ResultId, LabFixture.OperatorName, ""));
        Assert.Single(await lab.ResultsAsync());

        await service.DeleteMarkerResultAsync(entry.ResultId, LabFixture.OperatorName, "entered on the wrong sample");

        Assert.Empty(await lab.ResultsAsync());
        var deleted = (await lab.AuditAsync(nameof(MarkerResult))).Single(a => a.Action == "delete" && a.Field == "Value");
        Assert.Equal(("400", null, "entered on the wrong sample"), (deleted.OldValue, deleted.NewValue, deleted.Reason));
        await Assert.ThrowsAsync<ResultValidationException>(() => service.DeleteMarkerResultAsync(entry.ResultId, LabFixture.OperatorName, "again"));
    }

    [Fact]
    public async Task Locked_run_refuses_every_result_change_and_nothing_changes()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 2, 2);
        var loop = await lab.LoopAsync(runId, 2);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);
        var entry = await service.AddMarkerResultAsync(Tat(sample.Id), LabFixture.OperatorName);
        await service.SetClotScoreAsync(loop.Id, 1, null, null, LabFixture.OperatorName, null);
        await lab.UpdateRunAsync(runId, r => { r.State = RunState.Approved; r.IsLocked = true; });
        var auditBefore = (await lab.AuditAsync(nameof(MarkerResult))).Count;

        var refusals = new[]
        {
            await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(Tat(sample.Id), LabFixture.OperatorName)),
            await Assert.ThrowsAsync<ResultValidationException>(() => service.ChangeMarkerResultAsync(entry.ResultId, Tat(sample.Id, 45), LabFixture.OperatorName, "fix")),
            await Assert.ThrowsAsync<ResultValidationException>(() => service.DeleteMarkerResultAsync(entry.ResultId, LabFixture.OperatorName, "fix")),
            await Assert.ThrowsAsync<ResultValidationException>(() => service.SetClotScoreAsync(loop.Id, 3, null, null, LabFixture.OperatorName, "fix")),
        };

        Assert.All(refusals, r => Assert.Contains("approved and locked", r.Message, StringComparison.Ordinal));
        Assert.Equal(400, Assert.Single(await lab.ResultsAsync()).Value, 9);
        Assert.Equal(auditBefore, (await lab.AuditAsync(nameof(MarkerResult))).Count);
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(1, (await db.ClotScores.SingleAsync()).Score);
    }

    [Fact]
    public async Task Simulated_source_is_recorded_and_an_invalid_source_is_refused()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var sample = await lab.SampleAsync(runId, 1, 0);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock);
        var simulated = Tat(sample.Id);
        simulated.Source = ResultSources.Simulated;
        var invalid = Tat(sample.Id);
        invalid.Source = "guess";

        await service.AddMarkerResultAsync(simulated, LabFixture.OperatorName);
        var error = await Assert.ThrowsAsync<ResultValidationException>(() => service.AddMarkerResultAsync(invalid, LabFixture.OperatorName));

        Assert.Equal("simulated", Assert.Single(await lab.ResultsAsync()).Source);
        Assert.Contains("Source 'guess' is not valid", error.Message, StringComparison.Ordinal);
    }
}
