using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Identity;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// Who may enter or change results of a run: operators, while the run is not approved and locked.
/// The panels use it to render inputs and re-check it in every handler (with the role read again
/// from the sign-in); the services check the lock again against the database.
/// </summary>
internal static class ResultsAccess
{
    /// <summary>True when the run is approved and locked.</summary>
    public static bool IsLocked(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.IsLocked || run.State == RunState.Approved;
    }

    /// <summary>True when <paramref name="role"/> may change results of <paramref name="run"/>.</summary>
    public static bool CanEdit(Run run, UserRole role) => role == UserRole.Operator && !IsLocked(run);

    /// <summary>One sentence saying whether the viewer can edit, and if not why.</summary>
    public static string Explain(Run run, UserRole role)
    {
        if (IsLocked(run))
        {
            return $"Run {run.RunKey} is approved and locked: results are read-only. Record a deviation on the review page if something is wrong.";
        }

        return role == UserRole.Operator
            ? "Enter values in the grid, import an instrument CSV, or score the clots. Changes and deletions need a reason (kept in the audit trail)."
            : $"Read-only: you are signed in as {ChandlerRoles.Display(role)}; only operators enter or change results.";
    }

    /// <summary>
    /// The refusal message when <paramref name="role"/> may not edit <paramref name="run"/>, or null when allowed.
    /// </summary>
    public static string? Refusal(Run run, UserRole role) => CanEdit(run, role) ? null : Explain(run, role);
}
