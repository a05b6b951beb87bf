namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Why <see cref="AcceptanceService.EvaluateAsync"/> refused to evaluate a run.</summary>
public enum AcceptanceRefusal
{
    /// <summary>No run with that id.</summary>
    RunNotFound,

    /// <summary>The run is approved and locked: it keeps the evaluation it was approved with.</summary>
    RunLocked,

    /// <summary>The run has not finished its exposure (draft, pre-warming, ready, running or sample due).</summary>
    ExposureNotFinished,
}
