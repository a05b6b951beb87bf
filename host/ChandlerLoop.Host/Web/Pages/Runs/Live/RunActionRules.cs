using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>
/// Who may do what on the live page, by role and run state. Only operators perform runs; the page
/// shows the buttons this allows and checks it again in each handler before calling the orchestrator
/// (which checks the run state itself once more).
/// </summary>
public static class RunActionRules
{
    /// <summary>The actions <paramref name="role"/> may take on a run in <paramref name="state"/>.</summary>
    public static LiveRunAction Allowed(UserRole role, RunState state, bool isLocked)
    {
        if (role != UserRole.Operator || isLocked)
        {
            return LiveRunAction.None;
        }

        return state switch
        {
            RunState.Draft => LiveRunAction.StartPrewarm,
            RunState.PreWarming => LiveRunAction.Abort,
            RunState.Ready => LiveRunAction.ConfirmLoaded | LiveRunAction.Abort,
            RunState.Running => LiveRunAction.AcknowledgeSample | LiveRunAction.Abort,
            RunState.SampleDue => LiveRunAction.AcknowledgeSample | LiveRunAction.Abort,
            _ => LiveRunAction.None,
        };
    }

    /// <summary>True when <paramref name="action"/> is among <see cref="Allowed"/>.</summary>
    public static bool IsAllowed(UserRole role, RunState state, bool isLocked, LiveRunAction action) =>
        action != LiveRunAction.None && (Allowed(role, state, isLocked) & action) == action;

    /// <summary>Why an action is refused, in plain words with what to do; null when it is allowed.</summary>
    public static string? Refusal(UserRole role, RunState state, bool isLocked, LiveRunAction action)
    {
        if (IsAllowed(role, state, isLocked, action))
        {
            return null;
        }

        if (role != UserRole.Operator)
        {
            return "Only an operator can do this. Ask the operator performing the run.";
        }

        return isLocked
            ? "The run is approved and locked; nothing of it can change."
            : "The run is " + RunStateText.Of(state) + " now, which does not allow this. Reload the page to see its current state.";
    }
}
