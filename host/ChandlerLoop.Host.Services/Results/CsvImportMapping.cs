namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Which CSV columns hold what (header names, matched case-insensitively). Samples are identified by a
/// tube id column, or by a loop position column plus a planned offset (minutes) column. Long layout:
/// <see cref="AnalyteColumn"/> and <see cref="ValueColumn"/>; wide layout: <see cref="AnalyteColumns"/>
/// (header → analyte code). Optional per-row columns: unit, dilution factor, LLOQ, ULOQ, kit lot; when the
/// file has no unit, <see cref="DefaultUnits"/> (analyte code → unit) applies. Numbers use a decimal point.
/// </summary>
public sealed class CsvImportMapping
{
    /// <summary>Long or wide layout.</summary>
    public CsvImportLayout Layout { get; set; }

    /// <summary>Column with the sample tube id (Sample.TubeId).</summary>
    public string? TubeIdColumn { get; set; }

    /// <summary>Column with the loop position (used with <see cref="OffsetMinutesColumn"/> instead of a tube id).</summary>
    public string? LoopPositionColumn { get; set; }

    /// <summary>Column with the planned sampling offset in minutes.</summary>
    public string? OffsetMinutesColumn { get; set; }

    /// <summary>Long layout: column with the analyte name.</summary>
    public string? AnalyteColumn { get; set; }

    /// <summary>Long layout: column with the value.</summary>
    public string? ValueColumn { get; set; }

    /// <summary>Wide layout: value column header → analyte code or alias.</summary>
    public Dictionary<string, string> AnalyteColumns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Optional column with the unit of each value.</summary>
    public string? UnitColumn { get; set; }

    /// <summary>Optional column with the dilution factor (empty cell = <see cref="DefaultDilutionFactor"/>).</summary>
    public string? DilutionColumn { get; set; }

    /// <summary>Optional column with the assay LLOQ (in the row's unit).</summary>
    public string? LloqColumn { get; set; }

    /// <summary>Optional column with the assay ULOQ (in the row's unit).</summary>
    public string? UloqColumn { get; set; }

    /// <summary>Optional column with the kit lot.</summary>
    public string? KitLotColumn { get; set; }

    /// <summary>Unit per analyte code used when the row has no unit.</summary>
    public Dictionary<string, string> DefaultUnits { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Dilution factor when the file gives none.</summary>
    public double DefaultDilutionFactor { get; set; } = 1.0;

    /// <summary>Kit lot when the file gives none.</summary>
    public string? DefaultKitLot { get; set; }

    /// <summary>Method recorded with every result (e.g. "ELISA", "cell counter").</summary>
    public string? Method { get; set; }

    /// <summary>Field separator; null (default) detects it from the file among ',', ';', tab and '|'.</summary>
    public char? Separator { get; set; }

    /// <summary>Problems with the mapping itself (empty when usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(TubeIdColumn) && (string.IsNullOrWhiteSpace(LoopPositionColumn) || string.IsNullOrWhiteSpace(OffsetMinutesColumn)))
        {
            errors.Add("The mapping names no sample column: give the tube id column, or the loop position and offset minutes columns.");
        }

        if (Layout == CsvImportLayout.Long && (string.IsNullOrWhiteSpace(AnalyteColumn) || string.IsNullOrWhiteSpace(ValueColumn)))
        {
            errors.Add("A long-layout mapping needs the analyte column and the value column.");
        }

        if (Layout == CsvImportLayout.Wide && AnalyteColumns.Count == 0)
        {
            errors.Add("A wide-layout mapping needs at least one value column mapped to an analyte (e.g. PLT → PLT).");
        }

        foreach (var (column, analyte) in Layout == CsvImportLayout.Wide ? AnalyteColumns : new Dictionary<string, string>())
        {
            if (!MarkerUnits.TryNormalizeAnalyte(analyte, out _))
            {
                errors.Add($"Column '{column}' is mapped to unknown analyte '{analyte}': use one of {string.Join(", ", MarkerUnits.Analytes)}.");
            }
        }

        foreach (var analyte in DefaultUnits.Keys)
        {
            if (!MarkerUnits.TryNormalizeAnalyte(analyte, out _))
            {
                errors.Add($"Default unit given for unknown analyte '{analyte}': use one of {string.Join(", ", MarkerUnits.Analytes)}.");
            }
        }

        if (!double.IsFinite(DefaultDilutionFactor) || DefaultDilutionFactor < 1)
        {
            errors.Add($"Default dilution factor {DefaultDilutionFactor} must be ≥ 1.");
        }

        if (Separator is { } separator && (separator > 127 || separator is '"' or '\r' or '\n'))
        {
            errors.Add($"Separator '{separator}' cannot be used: use ',' or ';' or a tab, or leave it empty to detect it.");
        }

        return errors;
    }

    /// <summary>The default unit for an analyte code, or null.</summary>
    internal string? DefaultUnitFor(string analyte)
    {
        foreach (var (key, unit) in DefaultUnits)
        {
            if (MarkerUnits.TryNormalizeAnalyte(key, out var code) && code == analyte)
            {
                return unit;
            }
        }

        return null;
    }
}
