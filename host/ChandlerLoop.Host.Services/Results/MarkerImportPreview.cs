namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// What an import would store (<see cref="MarkerCsvImporter.PreviewAsync"/>); nothing is written until
/// <see cref="MarkerCsvImporter.CommitAsync"/>, which refuses a preview with errors.
/// </summary>
public sealed class MarkerImportPreview
{
    /// <summary>Run the results belong to.</summary>
    public long RunId { get; init; }

    /// <summary>Key of that run.</summary>
    public string RunKey { get; init; } = "";

    /// <summary>File name (directories dropped); recorded as Source "import:&lt;file name&gt;".</summary>
    public string FileName { get; init; } = "";

    /// <summary>Problems of the file or mapping as a whole (missing columns, unreadable file, no rows).</summary>
    public List<MarkerImportError> FileErrors { get; } = new();

    /// <summary>The results read.</summary>
    public List<MarkerImportRow> Rows { get; } = new();

    /// <summary>Every error: file errors first, then row errors by line.</summary>
    public IReadOnlyList<MarkerImportError> Errors => FileErrors.Concat(Rows.SelectMany(r => r.Errors)).ToList();

    /// <summary>True when nothing may be committed.</summary>
    public bool HasErrors => FileErrors.Count > 0 || Rows.Any(r => r.Errors.Count > 0);
}
