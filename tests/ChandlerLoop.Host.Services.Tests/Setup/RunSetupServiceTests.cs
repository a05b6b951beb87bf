using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

public sealed class RunSetupServiceTests
{
    [Fact]
    public async Task Valid_request_creates_a_draft_run_with_loops_donor_and_scheduled_samples()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);

        var result = await service.CreateDraftAsync(lab.ValidRequest());

        Assert.Equal("R-20261121-01", result.RunKey);
        Assert.Empty(result.Warnings);
        await using var db = lab.Database.Factory.CreateDbContext();
        var run = await db.Runs.Include(r => r.Operator).SingleAsync();
        Assert.Equal((RunState.Draft, LabFixture.OperatorName), (run.State, run.Operator!.UserName));
        Assert.Contains("MSC loop 30 min", run.ProtocolSnapshotJson, StringComparison.Ordinal);
        var loops = await db.Loops.OrderBy(l => l.Position).ToListAsync();
        Assert.Equal(new[] { 1, 2, 3 }, loops.Select(l => l.Position));
        Assert.Null(loops[0].VolumeToPipetteMicroliters);
        Assert.Equal(105, loops[1].VolumeToPipetteMicroliters!.Value, 6);
        Assert.Equal(52.5, loops[2].VolumeToPipetteMicroliters!.Value, 6);
        var samples = await db.Samples.Include(s => s.Loop).ToListAsync();
        Assert.Equal(9, samples.Count);
        foreach (var loop in loops)
        {
            var ofLoop = samples.Where(s => s.LoopId == loop.Id).OrderBy(s => s.ScheduleIndex).ToList();
            Assert.Equal(new[] { 0, 1, 2 }, ofLoop.Select(s => s.ScheduleIndex));
            Assert.Equal(new[] { 0.0, 15.0, 30.0 }, ofLoop.Select(s => s.PlannedOffsetMinutes));
        }

        var audit = await lab.AuditAsync(nameof(Loop));
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.Equal((LabFixture.OperatorName, "create"), (a.UserName, a.Action)));
    }

    [Fact]
    public async Task Second_run_of_the_day_gets_the_next_key_and_reuses_the_stored_donor()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        await service.CreateDraftAsync(lab.ValidRequest());
        var request = lab.ValidRequest();
        request.Donors.Clear();

        var second = await service.CreateDraftAsync(request);

        Assert.Equal("R-20261121-02", second.RunKey);
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(1, await db.Donors.CountAsync());
    }

    [Fact]
    public async Task Every_error_is_reported_at_once_with_field_value_range_and_nothing_is_saved()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.RigKey = "rig-404";
        request.OperatorUserName = "nobody";
        request.Loops[1].DoseCellsPerMilliliter = 3_000_000;
        request.Loops[2].BloodVolumeMilliliters = 25;
        request.Loops[2].Position = 2;
        request.Loops[0].VehicleFractionPercent = 12;
        request.Donors[0].AnticoagulantDoseIuPerMilliliter = 6;

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains("rig-404", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'nobody'", StringComparison.Ordinal) && e.Contains("users add", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("DoseCellsPerMilliliter is 3,000,000 cells/mL; the allowed range is 0–2,000,000", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("BloodVolumeMilliliters is 25 mL; the allowed range is 0.5–20 mL", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("Position 2 is used by another loop", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("VehicleFractionPercent is 12 % v/v; the allowed range is 0–10", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("AnticoagulantDoseIuPerMilliliter is 6 IU/mL; the allowed range is 0–5", StringComparison.Ordinal));
        Assert.Equal(7, error.Errors.Count);
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal((0, 0, 0, 0), (await db.Runs.CountAsync(), await db.Loops.CountAsync(), await db.Donors.CountAsync(), await db.Samples.CountAsync()));
    }

    [Fact]
    public async Task Unknown_template_and_donor_references_are_errors()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.ProtocolTemplateId = 999;
        request.Loops[0].DonorPseudonymousId = "D-999";

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains("ProtocolTemplateId 999", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'D-999' is not a known donor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stock_must_be_positive_and_its_volume_must_fit_the_vehicle_allowance()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Loops[1].StockConcentrationCellsPerMilliliter = 0;
        // 15,000 × 7 / 500,000 = 210 µL > 2 % of 7 mL = 140 µL.
        request.Loops[2].StockConcentrationCellsPerMilliliter = 500_000;

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains("StockConcentrationCellsPerMilliliter is 0", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("210 µL, more than the 140 µL vehicle allowance", StringComparison.Ordinal) && e.Contains("750,000 cells/mL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Negative_control_with_cells_is_an_error()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Loops[0].DoseCellsPerMilliliter = 15_000;

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains("negative control carries vehicle only", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-121, "at most 120 min")]
    [InlineData(30, "in the future")]
    public async Task Draw_time_outside_the_hard_range_is_an_error(double minutesFromNow, string expected)
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Donors[0].DrawnAtUtc = lab.Clock.GetUtcNow().UtcDateTime.AddMinutes(minutesFromNow);

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Values_outside_the_warning_ranges_are_saved_with_warnings()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Loops[1].DoseCellsPerMilliliter = 150_000;
        request.Loops[1].StockConcentrationCellsPerMilliliter = 20_000_000;
        request.Loops[1].VehicleFractionPercent = 6;
        request.Loops[0].BloodVolumeMilliliters = 4; // 4 / 12.16 = 0.33 < 0.35
        request.Donors[0].AnticoagulantDoseIuPerMilliliter = 2;
        request.Donors[0].DrawnAtUtc = lab.Clock.GetUtcNow().UtcDateTime.AddMinutes(-45);

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request);

        Assert.Equal(
            new[] { "anticoagulant_high", "dose_high", "draw_to_start_long", "fill_ratio", "vehicle_fraction_high" },
            result.Warnings.Select(w => w.Code).Order());
        Assert.Contains(result.Warnings, w => w.Code == "fill_ratio" && w.Field.Contains("position 1", StringComparison.Ordinal));
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(1, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task AB_plasma_with_an_O_donor_warns_and_says_why()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Donors[0].AboGroup = AboGroup.O;
        request.Loops[1].Vehicle = Vehicle.AbPlasma;

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal("abo_vehicle_o_donor", warning.Code);
        Assert.Contains("anti-A and anti-B", warning.Message, StringComparison.Ordinal);
        Assert.Contains("adsorb A/B antigen", warning.Message, StringComparison.Ordinal);
        Assert.Contains("human serum albumin", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AB_plasma_with_an_AB_donor_does_not_warn()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Donors[0].AboGroup = AboGroup.AB;
        request.Loops.ForEach(l => l.Vehicle = Vehicle.AbPlasma);

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Missing_control_loops_are_warned()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Loops.RemoveAll(l => l.Role != LoopRole.TestArticle);

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request);

        Assert.Equal(new[] { "no_negative_control", "no_positive_control" }, result.Warnings.Select(w => w.Code).Order());
    }

    [Fact]
    public async Task Stored_donor_with_a_different_blood_group_is_an_error()
    {
        await using var lab = await LabFixture.CreateAsync();
        await lab.CreateRunAsync();
        var request = lab.ValidRequest();
        request.Donors[0].AboGroup = AboGroup.B;

        var error = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(error.Errors, e => e.Contains("differs from the stored group A", StringComparison.Ordinal));
    }
}
