using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Review;
using ChandlerLoop.Host.Services.Tests.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Review;

public sealed class SignatureServiceTests
{
    private static async Task<(LabFixture Lab, long RunId, SignatureService Service)> EndedRunAsync()
    {
        var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        await lab.UpdateRunAsync(runId, r => r.State = RunState.ResultsEntered);
        return (lab, runId, new SignatureService(lab.Database.Factory, lab.Clock));
    }

    private static async Task<int> SignatureCountAsync(LabFixture lab)
    {
        await using var db = lab.Database.Factory.CreateDbContext();
        return await db.ElectronicSignatures.CountAsync();
    }

    private static async Task<Run> RunAsync(LabFixture lab, long runId)
    {
        await using var db = lab.Database.Factory.CreateDbContext();
        return await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    [Fact]
    public async Task Review_then_approval_locks_the_run_and_result_entry_is_refused_afterwards()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;
        var sample = await lab.SampleAsync(runId, 1, 0);
        await lab.UpdateRunAsync(runId, r => r.AcceptanceOutcome = "pass");

        var performed = await service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.PerformedBy);
        var reviewed = await service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);
        lab.Clock.Advance(TimeSpan.FromMinutes(5));
        var approved = await service.SignAsync(runId, LabFixture.SecondManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy);

        Assert.Equal((RunState.ResultsEntered, RunState.Reviewed, RunState.Approved), (performed.RunStateAfter, reviewed.RunStateAfter, approved.RunStateAfter));
        Assert.Equal(("Lena Lead", lab.Clock.GetUtcNow().UtcDateTime), (approved.PrintedName, approved.SignedAtUtc));
        var run = await RunAsync(lab, runId);
        Assert.True(run.IsLocked);
        Assert.Equal(RunState.Approved, run.State);
        var listed = await service.ListAsync(runId);
        Assert.Equal(new[] { SignatureMeaning.PerformedBy, SignatureMeaning.ReviewedBy, SignatureMeaning.ApprovedBy }, listed.Select(s => s.Meaning));
        var entry = new ResultEntryService(lab.Database.Factory, lab.Clock);
        await Assert.ThrowsAsync<ResultValidationException>(() => entry.AddMarkerResultAsync(
            new MarkerResultInput { SampleId = sample.Id, Analyte = "PLT", Value = 250, Unit = "10^9/L" }, LabFixture.OperatorName));
        var again = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy));
        Assert.Equal(ReviewRefusal.RunLocked, again.Refusal);
        Assert.Equal(3, await SignatureCountAsync(lab));
    }

    [Theory]
    [InlineData(LabFixture.ManagerName, "wrong password")]
    [InlineData(LabFixture.ManagerName, "")]
    [InlineData("nobody", LabFixture.Password)]
    public async Task Wrong_credentials_are_refused_and_nothing_is_signed(string user, string password)
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;

        var error = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, user, password, SignatureMeaning.ReviewedBy));

        Assert.Equal(ReviewRefusal.WrongCredentials, error.Refusal);
        Assert.Equal(0, await SignatureCountAsync(lab));
        Assert.Equal(RunState.ResultsEntered, (await RunAsync(lab, runId)).State);
    }

    [Fact]
    public async Task Operator_may_sign_performed_but_not_review_or_approve()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;
        await lab.UpdateRunAsync(runId, r => r.AcceptanceOutcome = "pass");

        var review = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.ReviewedBy));
        await service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);
        var approve = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.ApprovedBy));

        Assert.Equal((ReviewRefusal.RoleNotAllowed, ReviewRefusal.RoleNotAllowed), (review.Refusal, approve.Refusal));
        Assert.Contains("LabManager or Admin", review.Message, StringComparison.Ordinal);
        Assert.Equal(1, await SignatureCountAsync(lab));
        Assert.False((await RunAsync(lab, runId)).IsLocked);
    }

    [Fact]
    public async Task Approval_without_review_or_without_acceptance_or_with_open_deviations_is_refused()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;

        var noReview = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy));
        await service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);
        var noAcceptance = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.SecondManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy));
        await lab.UpdateRunAsync(runId, r => r.AcceptanceOutcome = "fail");
        var deviation = await new DeviationDispositionService(lab.Database.Factory, lab.Clock).AddManualDeviationAsync(runId, "Lid opened at 12 min", null, LabFixture.OperatorName);
        var open = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.SecondManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy));

        Assert.Equal(ReviewRefusal.ReviewMissing, noReview.Refusal);
        Assert.Equal(ReviewRefusal.AcceptanceNotEvaluated, noAcceptance.Refusal);
        Assert.Equal(ReviewRefusal.OpenDeviations, open.Refusal);
        Assert.Contains("#" + deviation.Id, open.Message, StringComparison.Ordinal);
        var run = await RunAsync(lab, runId);
        Assert.Equal((RunState.Reviewed, false), (run.State, run.IsLocked));
        Assert.Equal(1, await SignatureCountAsync(lab));
    }

    [Fact]
    public async Task The_reviewer_cannot_approve_alone_unless_the_lab_turned_the_four_eyes_rule_off()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;
        await lab.UpdateRunAsync(runId, r => r.AcceptanceOutcome = "pass");
        await service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);

        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy));
        Assert.Equal(ReviewRefusal.ApproverIsReviewer, refused.Refusal);
        Assert.Contains("another lab manager must approve it", refused.Message, StringComparison.Ordinal);
        Assert.False((await RunAsync(lab, runId)).IsLocked);
        Assert.Equal(1, await SignatureCountAsync(lab));

        // A second reviewer is enough for the first to approve; with the rule off one person may do both.
        var other = await EndedRunAsync();
        await using var __ = other.Lab;
        await other.Lab.UpdateRunAsync(other.RunId, r => r.AcceptanceOutcome = "pass");
        await other.Service.SignAsync(other.RunId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);
        await other.Service.SignAsync(other.RunId, LabFixture.SecondManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy);
        Assert.Equal(RunState.Approved, (await other.Service.SignAsync(other.RunId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy)).RunStateAfter);

        var relaxed = new SignatureService(lab.Database.Factory, lab.Clock, new SignaturePolicy(ApproverMustDifferFromReviewer: false));
        Assert.Equal(RunState.Approved, (await relaxed.SignAsync(runId, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ApprovedBy)).RunStateAfter);
    }

    [Fact]
    public async Task Wrong_passwords_at_signing_lock_the_account_like_wrong_sign_ins()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;
        for (var attempt = 1; attempt < Data.Security.SignInLockout.MaxFailedSignIns; attempt++)
        {
            var wrong = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, "guess " + attempt, SignatureMeaning.PerformedBy));
            Assert.Equal(ReviewRefusal.WrongCredentials, wrong.Refusal);
        }

        var locked = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, "guess 5", SignatureMeaning.PerformedBy));
        Assert.Equal(ReviewRefusal.AccountLocked, locked.Refusal);
        var stillLocked = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.PerformedBy));
        Assert.Equal(ReviewRefusal.AccountLocked, stillLocked.Refusal);
        Assert.Contains("ask an admin to unlock it", stillLocked.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SignatureCountAsync(lab));
    }

    [Fact]
    public async Task Run_that_has_not_ended_cannot_be_signed()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var service = new SignatureService(lab.Database.Factory, lab.Clock);

        var error = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.PerformedBy));

        Assert.Equal(ReviewRefusal.RunNotEnded, error.Refusal);
        Assert.Equal(0, await SignatureCountAsync(lab));
    }

    [Fact]
    public async Task Same_user_cannot_sign_twice_with_the_same_meaning_and_inactive_users_cannot_sign()
    {
        var (lab, runId, service) = await EndedRunAsync();
        await using var _ = lab;
        await service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.PerformedBy);

        var twice = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, LabFixture.OperatorName, LabFixture.Password, SignatureMeaning.PerformedBy));
        var inactive = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(runId, "ivan", LabFixture.Password, SignatureMeaning.ReviewedBy));
        var unknownRun = await Assert.ThrowsAsync<ReviewRefusedException>(() => service.SignAsync(9999, LabFixture.ManagerName, LabFixture.Password, SignatureMeaning.ReviewedBy));

        Assert.Equal((ReviewRefusal.AlreadySigned, ReviewRefusal.UserInactive, ReviewRefusal.UnknownRun), (twice.Refusal, inactive.Refusal, unknownRun.Refusal));
        Assert.Equal(1, await SignatureCountAsync(lab));
    }
}
