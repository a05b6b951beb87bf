using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Deviations;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Host.Services.Tests.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Review;

public sealed class DeviationDispositionServiceTests
{
    private static async Task<Deviation> DeviationAsync(LabFixture lab, long id)
    {
        await using var db = lab.Database.Factory.CreateDbContext();
        return await db.Deviations.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    [Fact]
    public async Task Manager_sets_a_disposition_which_is_attributed_and_audited_with_the_reason()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var (recorded, _) = await new DeviationRecorder(lab.Database.Factory, lab.Clock).RecordAsync(runId, "temperature_band", "12 % of exposure outside 37 ± 0.5 °C", null);
        var service = new DeviationDispositionService(lab.Database.Factory, lab.Clock);
        lab.Clock.Advance(TimeSpan.FromHours(1));

        await service.SetDispositionAsync(recorded.Id, "Run invalid: repeat with fresh blood", "Marker values not comparable", LabFixture.ManagerName, "review of run");

        var stored = await DeviationAsync(lab, recorded.Id);
        Assert.Equal(("Run invalid: repeat with fresh blood", "Marker values not comparable", LabFixture.ManagerName), (stored.Disposition, stored.Impact, stored.DispositionByUserName));
        Assert.Equal(lab.Clock.GetUtcNow().UtcDateTime, stored.DispositionedAtUtc);
        var audit = (await lab.AuditAsync(nameof(Deviation))).Where(a => a.Action == "change").ToList();
        var disposition = audit.Single(a => a.Field == nameof(Deviation.Disposition));
        Assert.Equal((null, "Run invalid: repeat with fresh blood", LabFixture.ManagerName, "review of run"), (disposition.OldValue, disposition.NewValue, disposition.UserName, disposition.Reason));
        Assert.Contains(audit, a => a.Field == nameof(Deviation.DispositionByUserName));
    }

    [Fact]
    public async Task Operator_empty_reason_empty_disposition_and_unknown_deviation_are_refused_without_change()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var service = new DeviationDispositionService(lab.Database.Factory, lab.Clock);
        var deviation = await service.AddManualDeviationAsync(runId, "Loop 2 leaked at the connector", null, LabFixture.OperatorName);
        var auditBefore = (await lab.AuditAsync(nameof(Deviation))).Count;

        var role = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(deviation.Id, "accepted", null, LabFixture.OperatorName, "ok"));
        var reason = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(deviation.Id, "accepted", null, LabFixture.ManagerName, " "));
        var text = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(deviation.Id, "", null, LabFixture.ManagerName, "ok"));
        var unknown = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(4242, "accepted", null, LabFixture.ManagerName, "ok"));
        var inactive = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(deviation.Id, "accepted", null, "ivan", "ok"));

        Assert.Equal(
            (ReviewRefusal.RoleNotAllowed, ReviewRefusal.MissingText, ReviewRefusal.MissingText, ReviewRefusal.UnknownDeviation, ReviewRefusal.UserInactive),
            (role.Refusal, reason.Refusal, text.Refusal, unknown.Refusal, inactive.Refusal));
        var stored = await DeviationAsync(lab, deviation.Id);
        Assert.Null(stored.Disposition);
        Assert.Null(stored.DispositionByUserName);
        Assert.Equal(auditBefore, (await lab.AuditAsync(nameof(Deviation))).Count);
    }

    [Fact]
    public async Task Locked_run_refuses_dispositions_but_accepts_new_deviations()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var service = new DeviationDispositionService(lab.Database.Factory, lab.Clock);
        var deviation = await service.AddManualDeviationAsync(runId, "Sample t15 of loop 3 taken 2 min late", "minor", LabFixture.OperatorName);
        await service.SetDispositionAsync(deviation.Id, "accepted: within TAT half-life", null, LabFixture.ManagerName, "review");
        await lab.UpdateRunAsync(runId, r => { r.State = RunState.Approved; r.IsLocked = true; });

        var error = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SetDispositionAsync(deviation.Id, "changed my mind", null, LabFixture.ManagerName, "second thoughts"));
        var added = await service.AddManualDeviationAsync(runId, "Freezer alarm after approval: plasma aliquots at −50 °C for 3 h", null, LabFixture.ManagerName, "storage");

        Assert.Equal(ReviewRefusal.RunLocked, error.Refusal);
        Assert.Equal("accepted: within TAT half-life", (await DeviationAsync(lab, deviation.Id)).Disposition);
        Assert.Equal(("storage", false), (added.Code, added.IsAutomatic));
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(2, await db.Deviations.CountAsync(d => d.RunId == runId));
    }
}
