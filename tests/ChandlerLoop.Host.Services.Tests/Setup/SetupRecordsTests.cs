using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

/// <summary>The donor and tubing records of DOMAIN §6: validated, stored, optional, editable on a draft.</summary>
public sealed class SetupRecordsTests
{
    [Fact]
    public async Task Donor_and_tubing_records_are_stored_with_the_draft()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = WithRecords(lab.ValidRequest());

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request);

        Assert.Empty(result.Warnings);
        await using var db = lab.Database.Factory.CreateDbContext();
        var run = await db.Runs.SingleAsync();
        Assert.Equal(("PVC", "heparin (Corline)", 6.3, 39.0), (run.TubingMaterial, run.TubingCoating, run.TubingInnerDiameterMillimeters!.Value, run.LoopLengthCentimeters!.Value));
        var donor = await db.Donors.SingleAsync();
        Assert.Equal((DonorSex.Female, "30-39", 21, InfectionScreen.Negative), (donor.Sex!.Value, donor.AgeBand, donor.MedicationFreeDays!.Value, donor.InfectionScreen!.Value));
        var loop = await db.Loops.FirstAsync();
        Assert.Equal(57.6, LoopGeometry.FillPercent(loop.BloodVolumeMilliliters, run.TubingInnerDiameterMillimeters, run.LoopLengthCentimeters)!.Value, 1);
    }

    [Fact]
    public async Task The_records_are_optional()
    {
        await using var lab = await LabFixture.CreateAsync();

        var result = await new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(lab.ValidRequest());

        Assert.Empty(result.Warnings);
        await using var db = lab.Database.Factory.CreateDbContext();
        var donor = await db.Donors.SingleAsync();
        Assert.Equal((null, null, null, null), (donor.Sex, donor.AgeBand, donor.MedicationFreeDays, donor.InfectionScreen));
        Assert.Null(LoopGeometry.FillPercent(7, null, 39));
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(14, false)]
    public async Task A_medication_free_interval_under_14_days_is_warned(int days, bool warned)
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = WithRecords(lab.ValidRequest());
        request.Donors[0].MedicationFreeDays = days;

        var check = await new RunSetupService(lab.Database.Factory, lab.Clock).CheckAsync(request);

        Assert.True(check.IsValid);
        Assert.Equal(warned, check.Warnings.Any(w => w.Code == "medication_free_short" && w.Field == "Donors[0] ('D-001').MedicationFreeDays"));
    }

    [Fact]
    public async Task Impossible_records_are_errors_that_say_how_to_fix_them()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = WithRecords(lab.ValidRequest());
        request.Donors[0].MedicationFreeDays = -1;
        request.Donors[0].AgeBand = "35";
        request.Donors[0].InfectionScreen = InfectionScreen.Positive;
        request.TubingCoating = new string('x', 65);

        var refused = await Assert.ThrowsAsync<SetupValidationException>(() => new RunSetupService(lab.Database.Factory, lab.Clock).CreateDraftAsync(request));

        Assert.Contains(refused.Errors, e => e.StartsWith("Donors[0] ('D-001').MedicationFreeDays is -1 days; the allowed range is 0–3650 days", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("Donors[0] ('D-001').AgeBand '35' is not an age band: use one of 18-29, 30-39", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("Donors[0] ('D-001').InfectionScreen is Positive", StringComparison.Ordinal) && e.Contains("Choose another donor", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("TubingCoating is 65 characters long; at most 64", StringComparison.Ordinal));
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task A_pending_infection_screen_is_warned()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = WithRecords(lab.ValidRequest());
        request.Donors[0].InfectionScreen = InfectionScreen.Pending;

        var check = await new RunSetupService(lab.Database.Factory, lab.Clock).CheckAsync(request);

        Assert.Contains(check.Warnings, w => w.Code == "infection_screen_pending");
    }

    [Fact]
    public async Task Records_added_to_a_draft_later_are_audited_with_old_and_new_values()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();
        var request = WithRecords((await service.LoadDraftAsync(runId)).Request);

        await service.UpdateDraftAsync(runId, request, "records from the donor file");

        var reloaded = (await service.LoadDraftAsync(runId)).Request;
        Assert.Equal(("PVC", 21), (reloaded.TubingMaterial, reloaded.Donors[0].MedicationFreeDays!.Value));
        Assert.Contains(await lab.AuditAsync(nameof(Donor)), a => a.Field == nameof(Donor.MedicationFreeDays) && a.OldValue == null && a.NewValue == "21" && a.UserName == LabFixture.OperatorName);
        Assert.Contains(await lab.AuditAsync(nameof(Run)), a => a.Field == nameof(Run.TubingMaterial) && a.OldValue == null && a.NewValue == "PVC" && a.Reason == "records from the donor file");
    }

    private static RunSetupRequest WithRecords(RunSetupRequest request)
    {
        request.TubingMaterial = "PVC";
        request.TubingCoating = "heparin (Corline)";
        request.Donors[0].Sex = DonorSex.Female;
        request.Donors[0].AgeBand = "30-39";
        request.Donors[0].MedicationFreeDays = 21;
        request.Donors[0].InfectionScreen = InfectionScreen.Negative;
        return request;
    }
}
