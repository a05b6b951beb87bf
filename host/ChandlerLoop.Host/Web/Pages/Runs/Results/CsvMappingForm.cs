using System.Globalization;
using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// The import mapping as the page edits it (text fields) and its conversion to a <see cref="CsvImportMapping"/>.
/// Wide-layout value columns and default units are written one per line as "header = analyte" and
/// "analyte = unit". Defaults suit a long-layout ELISA export: Tube, Analyte, Value, Unit.
/// </summary>
internal sealed class CsvMappingForm
{
    /// <summary>Long (one result per line) or wide (one sample per line).</summary>
    public CsvImportLayout Layout { get; set; } = CsvImportLayout.Long;

    /// <summary>True: samples are named by tube id; false: by loop position and offset minutes.</summary>
    public bool ByTubeId { get; set; } = true;

    /// <summary>Tube id column header.</summary>
    public string TubeIdColumn { get; set; } = "Tube";

    /// <summary>Loop position column header.</summary>
    public string LoopPositionColumn { get; set; } = "Loop";

    /// <summary>Offset minutes column header.</summary>
    public string OffsetMinutesColumn { get; set; } = "Minutes";

    /// <summary>Long layout: analyte column header.</summary>
    public string AnalyteColumn { get; set; } = "Analyte";

    /// <summary>Long layout: value column header.</summary>
    public string ValueColumn { get; set; } = "Value";

    /// <summary>Wide layout: "header = analyte" lines.</summary>
    public string AnalyteColumnsText { get; set; } = "";

    /// <summary>Unit column header (empty = none).</summary>
    public string UnitColumn { get; set; } = "Unit";

    /// <summary>"analyte = unit" lines used when a line has no unit.</summary>
    public string DefaultUnitsText { get; set; } = "";

    /// <summary>Dilution column header (empty = none).</summary>
    public string DilutionColumn { get; set; } = "";

    /// <summary>Dilution factor when the file gives none.</summary>
    public string DefaultDilutionText { get; set; } = "1";

    /// <summary>LLOQ column header (empty = none).</summary>
    public string LloqColumn { get; set; } = "";

    /// <summary>ULOQ column header (empty = none).</summary>
    public string UloqColumn { get; set; } = "";

    /// <summary>Kit lot column header (empty = none).</summary>
    public string KitLotColumn { get; set; } = "";

    /// <summary>Method and kit recorded with every result (e.g. "ELISA, Enzygnost TAT micro").</summary>
    public string Method { get; set; } = "";

    /// <summary>Kit lot recorded when the line has none (no kit-lot column, or an empty cell).</summary>
    public string DefaultKitLot { get; set; } = "";

    /// <summary>The mapping; false with every problem of the form's text (the importer checks the rest).</summary>
    public bool TryBuild(out CsvImportMapping mapping, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        mapping = new CsvImportMapping
        {
            Layout = Layout,
            TubeIdColumn = ByTubeId ? Blank(TubeIdColumn) : null,
            LoopPositionColumn = ByTubeId ? null : Blank(LoopPositionColumn),
            OffsetMinutesColumn = ByTubeId ? null : Blank(OffsetMinutesColumn),
            AnalyteColumn = Layout == CsvImportLayout.Long ? Blank(AnalyteColumn) : null,
            ValueColumn = Layout == CsvImportLayout.Long ? Blank(ValueColumn) : null,
            UnitColumn = Blank(UnitColumn),
            DilutionColumn = Blank(DilutionColumn),
            LloqColumn = Blank(LloqColumn),
            UloqColumn = Blank(UloqColumn),
            KitLotColumn = Blank(KitLotColumn),
            Method = Blank(Method),
            DefaultKitLot = Blank(DefaultKitLot),
        };
        if (Layout == CsvImportLayout.Wide)
        {
            mapping.AnalyteColumns = Pairs(AnalyteColumnsText, "value column", "PLT (10^9/L) = PLT", problems);
        }

        mapping.DefaultUnits = Pairs(DefaultUnitsText, "default unit", "TAT = µg/L", problems);
        var dilution = DefaultDilutionText.Trim();
        if (dilution.Length > 0)
        {
            if (double.TryParse(dilution, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor))
            {
                mapping.DefaultDilutionFactor = factor;
            }
            else
            {
                problems.Add($"Default dilution factor '{dilution}' is not a number: enter 1 for undiluted samples.");
            }
        }

        if (Method.Trim().Length > ColumnEntrySettings.MaximumTextLength || DefaultKitLot.Trim().Length > ColumnEntrySettings.MaximumTextLength)
        {
            problems.Add($"Method or kit lot is longer than {ColumnEntrySettings.MaximumTextLength} characters: shorten it.");
        }

        errors = problems;
        return problems.Count == 0;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, string> Pairs(string text, string what, string example, List<string> problems)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            var equals = line.LastIndexOf('=');
            if (equals <= 0 || equals == line.Length - 1)
            {
                problems.Add($"{what} line '{line}' is not \"left = right\": write e.g. \"{example}\", one per line.");
                continue;
            }

            pairs[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        return pairs;
    }
}
