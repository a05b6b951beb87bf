using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>Run states in plain words.</summary>
public static class RunStateText
{
    /// <summary>"pre-warming", "sample due", ...</summary>
    public static string Of(RunState state) => state switch
    {
        RunState.Draft => "draft",
        RunState.PreWarming => "pre-warming",
        RunState.Ready => "ready for loading",
        RunState.Running => "running",
        RunState.SampleDue => "sample due",
        RunState.Completed => "completed",
        RunState.Aborted => "aborted",
        RunState.Faulted => "faulted",
        RunState.ResultsEntered => "results entered",
        RunState.Reviewed => "reviewed",
        RunState.Approved => "approved",
        _ => state.ToString(),
    };

    /// <summary>True for the states after the exposure ended (completed, aborted, faulted and the lab states).</summary>
    public static bool HasEnded(RunState state) => state >= RunState.Completed;
}
