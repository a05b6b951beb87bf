namespace ChandlerLoop.Host.Services.Results;

/// <summary>A stored marker result: its id, the evaluated value and the warnings to show.</summary>
public sealed record MarkerResultEntry(long ResultId, EvaluatedMarkerValue Value, IReadOnlyList<PlausibilityWarning> Warnings);
