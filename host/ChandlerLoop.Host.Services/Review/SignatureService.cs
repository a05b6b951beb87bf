using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Review;

/// <summary>
/// Electronic signatures on a run (21 CFR 11.50 / 11.200: the signer re-enters the password; the record
/// shows printed name, time and meaning). PerformedBy: any active user; ReviewedBy and ApprovedBy: LabManager
/// or Admin. ReviewedBy moves the run to Reviewed. ApprovedBy needs a ReviewedBy signature, an evaluated
/// acceptance (Run.AcceptanceOutcome) and a disposition on every deviation; it sets State Approved and
/// IsLocked, after which nothing of the run can change (deviations may still be added); under the
/// <see cref="SignaturePolicy"/> default the approver must be another person than the reviewer. Only ended runs
/// (completed, aborted, faulted, results entered, reviewed) can be signed. Refusals throw
/// <see cref="ReviewRefusedException"/> and store nothing.
/// </summary>
public sealed class SignatureService
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    private readonly SignInLockout _lockout;

    /// <summary>
    /// Creates the service; <paramref name="policy"/> null is <see cref="SignaturePolicy.Default"/>. Wrong
    /// passwords count towards the sign-in lock-out, whose duration runs on <paramref name="lockoutClock"/>
    /// (default: real time; the record clock <paramref name="clock"/> may be simulated).
    /// </summary>
    public SignatureService(ChandlerDbContextFactory databases, TimeProvider? clock = null, SignaturePolicy? policy = null, TimeProvider? lockoutClock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        Policy = policy ?? SignaturePolicy.Default;
        _lockout = new SignInLockout(databases, lockoutClock ?? TimeProvider.System, _clock);
    }

    /// <summary>The signing rules in force.</summary>
    public SignaturePolicy Policy { get; }

    /// <summary>Signs run <paramref name="runId"/> as <paramref name="userName"/> with <paramref name="meaning"/>, checking the password.</summary>
    public async Task<SignatureRecord> SignAsync(long runId, string userName, string password, SignatureMeaning meaning, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(meaning))
        {
            throw new ArgumentOutOfRangeException(nameof(meaning), meaning, "Use PerformedBy, ReviewedBy or ApprovedBy.");
        }

        await using var db = _databases.CreateDbContext();
        db.ActingUserName = userName;
        db.Clock = _clock;
        var user = string.IsNullOrWhiteSpace(userName) ? null
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct).ConfigureAwait(false);
        const string wrong = "User name or password is wrong: nothing was signed. Re-enter your own password to sign.";
        if (user is null)
        {
            throw new ReviewRefusedException(ReviewRefusal.WrongCredentials, wrong);
        }

        if (!user.IsActive)
        {
            throw PasswordHasher.Verify(password ?? "", user.PasswordHash)
                ? new ReviewRefusedException(ReviewRefusal.UserInactive, $"User '{userName}' is deactivated and cannot sign.")
                : new ReviewRefusedException(ReviewRefusal.WrongCredentials, wrong);
        }

        // Wrong passwords at signing count towards the same lock-out as at sign-in (password guessing).
        var check = await _lockout.CheckAsync(user.UserName, password ?? "", ct).ConfigureAwait(false);
        if (check.Outcome == SignInOutcome.LockedOut)
        {
            throw new ReviewRefusedException(ReviewRefusal.AccountLocked,
                $"Account '{user.UserName}' is locked until {check.LockedUntilUtc:yyyy-MM-dd HH:mm} UTC after {SignInLockout.MaxFailedSignIns} wrong passwords in a row: nothing was signed. Wait, or ask an admin to unlock it.");
        }

        if (check.Outcome != SignInOutcome.Succeeded)
        {
            throw new ReviewRefusedException(ReviewRefusal.WrongCredentials, wrong);
        }

        var run = await db.Runs.FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false)
            ?? throw new ReviewRefusedException(ReviewRefusal.UnknownRun, $"Run {runId} does not exist: check the run id.");
        ReviewChecks.RequireUnlocked(run, "sign it again");
        if (!ReviewChecks.HasEnded(run.State))
        {
            throw new ReviewRefusedException(ReviewRefusal.RunNotEnded, $"Run {run.RunKey} is {run.State}: a run can be signed only after it has completed, aborted or faulted.");
        }

        if (meaning != SignatureMeaning.PerformedBy)
        {
            ReviewChecks.RequireManager(user, meaning == SignatureMeaning.ReviewedBy ? "review a run" : "approve a run");
        }

        var signatures = await db.ElectronicSignatures.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        if (signatures.Any(s => s.UserId == user.Id && s.Meaning == meaning))
        {
            throw new ReviewRefusedException(ReviewRefusal.AlreadySigned, $"{userName} has already signed run {run.RunKey} as {meaning}.");
        }

        if (meaning == SignatureMeaning.ApprovedBy)
        {
            await CheckApprovalAsync(db, run, signatures, user, ct).ConfigureAwait(false);
        }

        var signature = new ElectronicSignature
        {
            RunId = run.Id,
            UserId = user.Id,
            PrintedName = string.IsNullOrWhiteSpace(user.FullName) ? user.UserName : user.FullName,
            SignedAtUtc = _clock.GetUtcNow().UtcDateTime,
            Meaning = meaning,
        };
        db.ElectronicSignatures.Add(signature);
        if (meaning == SignatureMeaning.ReviewedBy && run.State != RunState.Reviewed)
        {
            run.State = RunState.Reviewed;
        }
        else if (meaning == SignatureMeaning.ApprovedBy)
        {
            run.State = RunState.Approved;
            run.IsLocked = true;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new SignatureRecord(signature.Id, run.Id, user.UserName, signature.PrintedName, signature.SignedAtUtc, meaning, run.State);
    }

    /// <summary>The signatures of a run, oldest first.</summary>
    public async Task<IReadOnlyList<SignatureRecord>> ListAsync(long runId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var state = await db.Runs.AsNoTracking().Where(r => r.Id == runId).Select(r => r.State).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return await db.ElectronicSignatures.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id)
            .Select(s => new SignatureRecord(s.Id, s.RunId, s.User!.UserName, s.PrintedName, s.SignedAtUtc, s.Meaning, state))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    private async Task CheckApprovalAsync(ChandlerDbContext db, Run run, List<ElectronicSignature> signatures, User approver, CancellationToken ct)
    {
        var reviewers = signatures.Where(s => s.Meaning == SignatureMeaning.ReviewedBy).Select(s => s.UserId).ToList();
        if (reviewers.Count == 0)
        {
            throw new ReviewRefusedException(ReviewRefusal.ReviewMissing, $"Run {run.RunKey} has no ReviewedBy signature: a lab manager must review it before approval.");
        }

        if (Policy.ApproverMustDifferFromReviewer && reviewers.All(id => id == approver.Id))
        {
            throw new ReviewRefusedException(ReviewRefusal.ApproverIsReviewer,
                $"Run {run.RunKey} was reviewed only by you: another lab manager must approve it (four-eyes rule). Nothing was signed.");
        }

        if (run.AcceptanceOutcome is null)
        {
            throw new ReviewRefusedException(ReviewRefusal.AcceptanceNotEvaluated, $"Run {run.RunKey} has no acceptance evaluation: evaluate acceptance first (its pass/fail outcome is part of the approved record).");
        }

        var open = await db.Deviations.AsNoTracking().Where(d => d.RunId == run.Id && (d.Disposition == null || d.Disposition == ""))
            .Select(d => d.Code + " (#" + d.Id + ")").ToListAsync(ct).ConfigureAwait(false);
        if (open.Count > 0)
        {
            throw new ReviewRefusedException(ReviewRefusal.OpenDeviations,
                $"Run {run.RunKey} has {open.Count} deviation(s) without a disposition: {string.Join(", ", open)}. Set a disposition on each before approval.");
        }
    }
}
