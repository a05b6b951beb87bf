using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

/// <summary><see cref="RunSetupService.CheckAsync"/>: the creation rules, reported before anything is saved.</summary>
public sealed class RunSetupCheckTests
{
    [Fact]
    public async Task AB_plasma_with_an_O_donor_is_warned_before_any_run_exists()
    {
        await using var lab = await LabFixture.CreateAsync();
        var request = lab.ValidRequest();
        request.Donors[0].AboGroup = AboGroup.O;
        request.Loops[1].Vehicle = Vehicle.AbPlasma;

        var check = await new RunSetupService(lab.Database.Factory, lab.Clock).CheckAsync(request);

        Assert.True(check.IsValid);
        var warning = Assert.Single(check.Warnings);
        Assert.Equal(("abo_vehicle_o_donor", "Loops[1] (position 2).Vehicle"), (warning.Code, warning.Field));
        await AssertNothingSavedAsync(lab);
    }

    [Fact]
    public async Task Errors_are_the_ones_creation_refuses_with_and_nothing_is_saved()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var request = lab.ValidRequest();
        request.Loops[1].DoseCellsPerMilliliter = -5;
        request.Loops[2].DonorPseudonymousId = "";

        var check = await service.CheckAsync(request);
        var refused = await Assert.ThrowsAsync<SetupValidationException>(() => service.CreateDraftAsync(request));

        Assert.False(check.IsValid);
        Assert.Equal(refused.Errors, check.Errors);
        Assert.Contains(check.Errors, e => e.StartsWith("Loops[1] (position 2).DoseCellsPerMilliliter is -5 cells/mL", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("Loops[2] (position 3).DonorPseudonymousId is empty", StringComparison.Ordinal));
        await AssertNothingSavedAsync(lab);
    }

    [Fact]
    public async Task A_valid_request_checks_clean_and_still_creates_the_run_afterwards()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);

        var check = await service.CheckAsync(lab.ValidRequest());
        Assert.True(check.IsValid);
        Assert.Empty(check.Warnings);
        await AssertNothingSavedAsync(lab);

        var created = await service.CreateDraftAsync(lab.ValidRequest());
        Assert.Equal("R-20261121-01", created.RunKey);
    }

    private static async Task AssertNothingSavedAsync(LabFixture lab)
    {
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
        Assert.Equal(0, await db.Donors.CountAsync());
        Assert.Equal(0, await db.Loops.CountAsync());
        // The fixture's accounts are in the trail (account creation is audited); nothing else may be.
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType != nameof(Data.Entities.User)));
    }
}
