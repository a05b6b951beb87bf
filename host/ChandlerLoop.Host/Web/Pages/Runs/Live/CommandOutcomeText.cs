using ChandlerLoop.Host.Services.Orchestration;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>A <see cref="CommandOutcome"/> in plain words for the pages.</summary>
public static class CommandOutcomeText
{
    /// <summary>"Start pre-warm: accepted by the rig." or "Start pre-warm was refused: the rig is offline. (detail)".</summary>
    public static string Describe(string action, CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Accepted)
        {
            return action + ": accepted by the rig.";
        }

        if (outcome.TimedOut)
        {
            return action + ": no answer from the rig. " + outcome.Detail;
        }

        var who = outcome.RefusedBeforeSending ? "the host" : "the rig";
        var detail = string.IsNullOrWhiteSpace(outcome.Detail) ? "" : " " + outcome.Detail.Trim();
        return action + " was refused by " + who + ": " + Reason(outcome.Reason) + "." + detail;
    }

    /// <summary>A reason code in words ("rig_offline" → "the rig is offline"); unknown codes are shown with underscores replaced.</summary>
    public static string Reason(string reason) => reason switch
    {
        HostRefusals.RunNotFound => "the run does not exist",
        HostRefusals.WrongRunState => "the run is not in a state that allows it",
        HostRefusals.RunLocked => "the run is approved and locked",
        HostRefusals.RigOffline => "the rig is offline",
        HostRefusals.RigBusy => "the rig is busy with another run",
        HostRefusals.InvalidArgument => "a value is not valid",
        HostRefusals.NotSent => "the command could not be sent",
        "sample_not_due" => "no sample is due",
        _ => reason.Replace('_', ' '),
    };
}
