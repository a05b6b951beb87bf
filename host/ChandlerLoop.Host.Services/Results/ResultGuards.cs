using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>Checks shared by result entry and import; each failure is a <see cref="ResultValidationException"/>.</summary>
internal static class ResultGuards
{
    public static async Task<User> RequireUserAsync(ChandlerDbContext db, string? userName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new ResultValidationException("No acting user: results are attributable, so give the login name of the person entering them.");
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct).ConfigureAwait(false)
            ?? throw new ResultValidationException($"User '{userName}' does not exist: add the user (`chandler users add`) or correct the name.");
        return user.IsActive ? user : throw new ResultValidationException($"User '{userName}' is deactivated and cannot enter results.");
    }

    public static void RequireReason(string? reason, string what)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ResultValidationException($"A reason is required to {what} (it is kept in the audit trail): say why, e.g. \"transcription error\".");
        }
    }

    public static void RequireUnlocked(Run run)
    {
        if (run.IsLocked || run.State == RunState.Approved)
        {
            throw new ResultValidationException($"Run {run.RunKey} is approved and locked: its results cannot be added, changed or deleted. Record a deviation on the run instead.");
        }
    }

    public static async Task<Sample> RequireSampleAsync(ChandlerDbContext db, long sampleId, CancellationToken ct)
    {
        var sample = await db.Samples.Include(s => s.Loop!).ThenInclude(l => l.Run!)
            .FirstOrDefaultAsync(s => s.Id == sampleId, ct).ConfigureAwait(false)
            ?? throw new ResultValidationException($"Sample {sampleId} does not exist: choose a sample of the run (loop position and planned time).");
        RequireUnlocked(sample.Loop!.Run!);
        return sample;
    }

    /// <summary>Moves a completed run to ResultsEntered when its first results arrive.</summary>
    public static void MarkResultsEntered(Run run)
    {
        if (run.State == RunState.Completed)
        {
            run.State = RunState.ResultsEntered;
        }
    }
}
