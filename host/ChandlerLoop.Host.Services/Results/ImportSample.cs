namespace ChandlerLoop.Host.Services.Results;

/// <summary>A sample of the run being imported into, as the importer matches it.</summary>
internal sealed record ImportSample(long SampleId, int LoopPosition, double PlannedOffsetMinutes, string? TubeId);
