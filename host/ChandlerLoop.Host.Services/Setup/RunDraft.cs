namespace ChandlerLoop.Host.Services.Setup;

/// <summary>A stored draft run as a set-up request, to be changed and saved again (<see cref="RunSetupService.UpdateDraftAsync"/>).</summary>
/// <param name="RunId">The run.</param>
/// <param name="RunKey">Its key, e.g. "R-20261122-03".</param>
/// <param name="Request">Its set-up; the operator field names the run's operator.</param>
public sealed record RunDraft(long RunId, string RunKey, RunSetupRequest Request);
