namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// One result read from an import file (a wide-layout line gives one row per analyte): the matched
/// sample, the input as read, its evaluation (converted value, flags) and the problems found.
/// </summary>
public sealed class MarkerImportRow
{
    /// <summary>Line number in the file (1 = header).</summary>
    public int LineNumber { get; init; }

    /// <summary>How the file named the sample ("tube T-12" or "position 3 at 15 min").</summary>
    public string SampleLabel { get; init; } = "";

    /// <summary>The matched sample, or null.</summary>
    public long? SampleId { get; set; }

    /// <summary>The value as read.</summary>
    public MarkerResultInput Input { get; init; } = new();

    /// <summary>The evaluation (null when the value could not be read).</summary>
    public EvaluatedMarkerValue? Evaluated { get; set; }

    /// <summary>Problems; a row with errors cannot be committed.</summary>
    public List<MarkerImportError> Errors { get; } = new();

    /// <summary>Warnings (stored anyway).</summary>
    public List<PlausibilityWarning> Warnings { get; } = new();
}
