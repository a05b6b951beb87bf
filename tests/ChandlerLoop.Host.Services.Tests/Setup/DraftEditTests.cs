using ChandlerLoop.Data.Audit;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

/// <summary>Editing a draft's set-up: validated like creation, audited with old/new values, refused once pre-warming started.</summary>
public sealed class DraftEditTests
{
    private const string Reason = "dose corrected to the study plan";

    [Fact]
    public async Task A_draft_is_loaded_changed_and_saved_with_every_change_audited()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();

        var draft = await service.LoadDraftAsync(runId);
        Assert.Equal(new[] { 1, 2, 3 }, draft.Request.Loops.Select(l => l.Position));
        Assert.Equal(("D-001", "H-1"), (draft.Request.Donors.Single().PseudonymousId, draft.Request.Donors.Single().AnticoagulantLot));
        var request = draft.Request;
        request.Loops[1].DoseCellsPerMilliliter = 20_000;
        request.Donors[0].AnticoagulantLot = "H-2";
        request.Notes = "second look";
        request.Loops.RemoveAt(2);

        var result = await service.UpdateDraftAsync(runId, request, Reason);

        Assert.Equal(runId, result.RunId);
        await using (var db = lab.Database.Factory.CreateDbContext())
        {
            var loops = await db.Loops.Include(l => l.Donor).Where(l => l.RunId == runId).OrderBy(l => l.Position).ToListAsync();
            Assert.Equal(new[] { 1, 2 }, loops.Select(l => l.Position));
            Assert.Equal(20_000, loops[1].DoseCellsPerMilliliter);
            Assert.Equal(140, loops[1].VolumeToPipetteMicroliters!.Value, 6);
            Assert.Equal("H-2", loops[0].Donor!.AnticoagulantLot);
            Assert.Equal(6, await db.Samples.CountAsync(s => s.Loop!.RunId == runId));
            Assert.Equal("second look", (await db.Runs.SingleAsync()).Notes);
        }

        var dose = Assert.Single(await lab.AuditAsync(nameof(Loop)), a => a.Action == AuditAction.Change && a.Field == nameof(Loop.DoseCellsPerMilliliter));
        Assert.Equal(("15000", "20000", LabFixture.OperatorName, Reason), (dose.OldValue, dose.NewValue, dose.UserName, dose.Reason));
        var lot = Assert.Single(await lab.AuditAsync(nameof(Donor)));
        Assert.Equal((AuditAction.Change, "AnticoagulantLot", "H-1", "H-2"), (lot.Action, lot.Field, lot.OldValue, lot.NewValue));
        var notes = Assert.Single(await lab.AuditAsync(nameof(Run)), a => a.Field == nameof(Run.Notes));
        Assert.Equal((null, "second look"), (notes.OldValue, notes.NewValue));
        Assert.Contains(await lab.AuditAsync(nameof(Loop)), a => a.Action == AuditAction.Delete && a.Field == nameof(Loop.CellProduct) && a.OldValue == "dermal fibroblasts");
        Assert.Contains(await lab.AuditAsync(nameof(Sample)), a => a.Action == AuditAction.Delete);
    }

    [Fact]
    public async Task An_invalid_change_is_refused_like_creation_and_changes_nothing()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();
        var request = (await service.LoadDraftAsync(runId)).Request;
        request.Loops[1].DoseCellsPerMilliliter = -5;
        request.RigKey = "rig-9";

        var refused = await Assert.ThrowsAsync<SetupValidationException>(() => service.UpdateDraftAsync(runId, request, " "));

        Assert.Contains(refused.Errors, e => e.StartsWith("Loops[1] (position 2).DoseCellsPerMilliliter is -5 cells/mL", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("Reason is empty", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("a draft keeps its rig", StringComparison.Ordinal) || e.StartsWith("RigKey 'rig-9' is not a known rig", StringComparison.Ordinal));
        Assert.Equal(15_000, (await lab.LoopAsync(runId, 2)).DoseCellsPerMilliliter);
        Assert.DoesNotContain(await lab.AuditAsync(nameof(Loop)), a => a.Action != AuditAction.Create);
        var check = await service.CheckDraftAsync(runId, request);
        Assert.Contains(check.Errors, e => e.StartsWith("Loops[1] (position 2).DoseCellsPerMilliliter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_manager_cannot_change_a_draft()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();
        var request = (await service.LoadDraftAsync(runId)).Request;
        request.OperatorUserName = LabFixture.ManagerName;

        var refused = await Assert.ThrowsAsync<SetupValidationException>(() => service.UpdateDraftAsync(runId, request, Reason));

        Assert.Contains(refused.Errors, e => e.Contains("only an operator can change", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_donor_used_by_another_run_cannot_be_changed_from_a_draft()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();
        await lab.CreateRunAsync();
        var request = (await service.LoadDraftAsync(runId)).Request;
        request.Donors[0].AboGroup = AboGroup.O;

        var refused = await Assert.ThrowsAsync<SetupValidationException>(() => service.UpdateDraftAsync(runId, request, Reason));

        Assert.Contains(refused.Errors, e => e.Contains("is also used by another run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_prewarm_started_the_set_up_cannot_change()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new RunSetupService(lab.Database.Factory, lab.Clock);
        var runId = await lab.CreateRunAsync();
        var request = (await service.LoadDraftAsync(runId)).Request;
        await lab.UpdateRunAsync(runId, r =>
        {
            r.State = RunState.PreWarming;
            r.PrewarmStartedAtUtc = lab.Clock.GetUtcNow().UtcDateTime;
        });

        var refused = await Assert.ThrowsAsync<DraftNotEditableException>(() => service.UpdateDraftAsync(runId, request, Reason));
        await Assert.ThrowsAsync<DraftNotEditableException>(() => service.LoadDraftAsync(runId));

        Assert.Contains("only be changed while it is a draft, before pre-warming starts", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await lab.AuditAsync(nameof(Loop)), a => a.Action != AuditAction.Create);
    }
}
