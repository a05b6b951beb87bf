namespace ChandlerLoop.Host.Services.Results;

/// <summary>How a results CSV is laid out.</summary>
public enum CsvImportLayout
{
    /// <summary>One row per result: sample, analyte and value columns (typical ELISA reader export).</summary>
    Long,

    /// <summary>One row per sample with one value column per analyte (typical cell counter export).</summary>
    Wide,
}
