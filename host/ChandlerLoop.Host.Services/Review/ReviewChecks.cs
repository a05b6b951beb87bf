using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Review;

/// <summary>Checks shared by the review services; each failure is a <see cref="ReviewRefusedException"/>.</summary>
internal static class ReviewChecks
{
    public static async Task<User> RequireActiveUserAsync(ChandlerDbContext db, string? userName, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct).ConfigureAwait(false);
        if (user is null)
        {
            throw new ReviewRefusedException(ReviewRefusal.WrongCredentials, $"User '{userName}' is not known: sign in with your own user name.");
        }

        return user.IsActive ? user : throw new ReviewRefusedException(ReviewRefusal.UserInactive, $"User '{userName}' is deactivated and cannot sign or disposition records.");
    }

    public static void RequireManager(User user, string what)
    {
        if (user.Role is not (UserRole.LabManager or UserRole.Admin))
        {
            throw new ReviewRefusedException(ReviewRefusal.RoleNotAllowed,
                $"User '{user.UserName}' has role {user.Role}; only a LabManager or Admin may {what}. Ask a lab manager.");
        }
    }

    public static void RequireUnlocked(Run run, string what)
    {
        if (run.IsLocked || run.State == RunState.Approved)
        {
            throw new ReviewRefusedException(ReviewRefusal.RunLocked,
                $"Run {run.RunKey} is approved and locked: cannot {what}. Only new deviations may be added to it.");
        }
    }

    public static void RequireText(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReviewRefusedException(ReviewRefusal.MissingText, $"{what} is required and was empty.");
        }
    }

    /// <summary>Run states in which the rig part of a run is over, so its record can be signed.</summary>
    public static bool HasEnded(RunState state) =>
        state is RunState.Completed or RunState.Aborted or RunState.Faulted or RunState.ResultsEntered or RunState.Reviewed;
}
