using ChandlerLoop.Host.Services.Orchestration;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>Plain words for a start-pre-warm command that was not accepted.</summary>
public static class PrewarmRefusalText
{
    /// <summary>What happened, why, and what to do, for <paramref name="outcome"/> on rig <paramref name="rigKey"/>.</summary>
    public static string For(CommandOutcome outcome, string rigKey)
    {
        if (outcome.TimedOut)
        {
            return $"Pre-warm not confirmed: rig {rigKey} did not answer in time. Check that it is powered and connected, then open the run page (a late answer is still applied) or try again.";
        }

        var why = outcome.Reason switch
        {
            HostRefusals.RigOffline => $"rig {rigKey} is offline. Power it on or check its network connection, then press Start pre-warm again.",
            HostRefusals.RigBusy => $"rig {rigKey} is busy with another run. Wait until that run ends (or choose another rig for a new draft).",
            HostRefusals.WrongRunState => "the run is no longer a draft (it may have been started from another screen). Open the run page.",
            HostRefusals.RunNotFound => "the run was not found. Reload the page.",
            HostRefusals.NotSent => "the command could not be sent to the rig. Try again in a moment.",
            _ => $"the rig refused ({outcome.Reason}).",
        };
        var detail = string.IsNullOrWhiteSpace(outcome.Detail) ? "" : " Details: " + outcome.Detail;
        return "Pre-warm was not started: " + why + detail;
    }
}
