using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>An abort the operator confirmed: the reason and the note kept in the run's end reason.</summary>
/// <param name="Reason">Why (operator or host; only a rig reports power loss).</param>
/// <param name="Note">What happened, 1..200 characters.</param>
public sealed record AbortRequest(RunAbortReason Reason, string Note);
