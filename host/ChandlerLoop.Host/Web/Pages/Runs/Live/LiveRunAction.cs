namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>The commands the live page offers on a run.</summary>
[Flags]
public enum LiveRunAction
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Start pre-warming a draft on its rig.</summary>
    StartPrewarm = 1,

    /// <summary>Confirm the loops are loaded on a ready run (t0).</summary>
    ConfirmLoaded = 2,

    /// <summary>Acknowledge that a due sample was drawn.</summary>
    AcknowledgeSample = 4,

    /// <summary>Abort an active run with a reason.</summary>
    Abort = 8,
}
