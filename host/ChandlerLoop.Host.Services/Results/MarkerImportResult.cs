namespace ChandlerLoop.Host.Services.Results;

/// <summary>What <see cref="MarkerCsvImporter.CommitAsync"/> stored: the new result ids and the source recorded.</summary>
public sealed record MarkerImportResult(IReadOnlyList<long> ResultIds, string Source);
