using System.Globalization;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// The marker entry grid as plain data: one row per sample (loop × scheduled time point, by loop position
/// then schedule index), one column per analyte (<see cref="MarkerUnits.Analytes"/>), and per cell the
/// newest stored result. Also parses what an operator types into a cell and formats stored values.
/// </summary>
public sealed class ResultsGridModel
{
    private readonly Dictionary<(long SampleId, string Analyte), ResultsGridCell> _cells = new();

    /// <summary>Builds the grid from the run's samples (with their loops) and stored results (with their enterers).</summary>
    public ResultsGridModel(IEnumerable<Sample> samples, IEnumerable<MarkerResult> results)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(results);
        Rows = samples
            .Select(s => new ResultsGridRow(s.Id, s.LoopId, s.Loop?.Position ?? 0, s.Loop?.Role ?? LoopRole.TestArticle, s.ScheduleIndex, s.PlannedOffsetMinutes, s.TubeId, s.TakenAtUtc is not null))
            .OrderBy(r => r.LoopPosition).ThenBy(r => r.ScheduleIndex)
            .ToList();
        foreach (var group in results.GroupBy(r => (r.SampleId, r.Analyte)))
        {
            var newest = group.OrderByDescending(r => r.EnteredAtUtc).ThenByDescending(r => r.Id).First();
            _cells[group.Key] = new ResultsGridCell(newest, group.Count(), newest.EnteredBy?.FullName);
        }
    }

    /// <summary>The analyte columns, in DOMAIN §3 order.</summary>
    public IReadOnlyList<string> Analytes { get; } = MarkerUnits.Analytes;

    /// <summary>The rows, by loop position then schedule index.</summary>
    public IReadOnlyList<ResultsGridRow> Rows { get; }

    /// <summary>The cell of a sample and analyte (an empty cell when nothing is stored).</summary>
    public ResultsGridCell Cell(long sampleId, string analyte) =>
        _cells.TryGetValue((sampleId, analyte), out var cell) ? cell : new ResultsGridCell(null, 0, null);

    /// <summary>Stable element id of a cell's input, e.g. "cell-L2-T1-TAT" (analyte letters and digits only).</summary>
    public static string CellId(int loopPosition, int scheduleIndex, string analyte) =>
        "cell-L" + loopPosition.ToString(CultureInfo.InvariantCulture) + "-T" + scheduleIndex.ToString(CultureInfo.InvariantCulture) + "-" + IdPart(analyte);

    /// <summary>Letters and digits of <paramref name="text"/> (for element ids).</summary>
    public static string IdPart(string text) => string.Concat((text ?? "").Where(char.IsAsciiLetterOrDigit));

    /// <summary>
    /// Parses a cell entry: a number with a decimal point, optionally prefixed "&lt;" (the instrument reported
    /// below its LLOQ) or "&gt;" (above its ULOQ). Empty text is not a value (the caller treats it as "delete").
    /// </summary>
    public static bool TryParseEntry(string? text, out CellEntry entry, out string error)
    {
        entry = new CellEntry(0, false, false);
        error = "";
        var trimmed = (text ?? "").Trim();
        var below = trimmed.StartsWith('<');
        var above = trimmed.StartsWith('>');
        var number = below || above ? trimmed[1..].Trim() : trimmed;
        if (number.Length == 0)
        {
            error = "Enter a number, e.g. 12.5 (or <2 / >60 when the instrument reported below LLOQ / above ULOQ).";
            return false;
        }

        if (number.Contains(',', StringComparison.Ordinal))
        {
            error = $"'{trimmed}' has a comma: use a decimal point, e.g. 12.5, and no thousands separator.";
            return false;
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error = $"'{trimmed}' is not a number: enter e.g. 12.5 (or <2 / >60 for values outside the assay range).";
            return false;
        }

        entry = new CellEntry(value, below, above);
        return true;
    }

    /// <summary>A stored value as the grid shows it: up to 4 significant decimals, invariant culture.</summary>
    public static string FormatValue(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("0.#", CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The quantification flags of a stored result: "&lt;LLOQ", "&gt;ULOQ" or none.</summary>
    public static IReadOnlyList<string> Flags(MarkerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var flags = new List<string>();
        if (result.IsBelowLloq)
        {
            flags.Add("<LLOQ");
        }

        if (result.IsAboveUloq)
        {
            flags.Add(">ULOQ");
        }

        return flags;
    }

    /// <summary>Plausibility notes for a stored result (outside DOMAIN §3's plausible range, duplicates).</summary>
    public static IReadOnlyList<string> StoredWarnings(MarkerResult result, int resultCount)
    {
        ArgumentNullException.ThrowIfNull(result);
        var warnings = new List<string>();
        if (MarkerUnits.TryNormalizeAnalyte(result.Analyte, out var code))
        {
            var limits = AnalyteLimits.For(code);
            if (result.Value > limits.PlausibleMaximum)
            {
                warnings.Add($"Above the plausible {FormatValue(limits.PlausibleMaximum)} {result.Unit}: check the unit and dilution factor.");
            }
            else if (result.Value < limits.PlausibleMinimum)
            {
                warnings.Add($"Below the plausible {FormatValue(limits.PlausibleMinimum)} {result.Unit}: check the unit, or whether the sample clotted.");
            }
        }

        if (resultCount > 1)
        {
            warnings.Add($"{resultCount} results are stored for this sample and analyte; the newest is shown. Delete the repeat with a reason.");
        }

        return warnings;
    }

    /// <summary>Short text for a loop role: "neg. control", "test", "pos. control".</summary>
    public static string RoleLabel(LoopRole role) => role switch
    {
        LoopRole.NegativeControl => "neg. control",
        LoopRole.PositiveControl => "pos. control",
        _ => "test",
    };

    /// <summary>"t0" for the baseline, else "t15 min".</summary>
    public static string TimePointLabel(int scheduleIndex, double plannedOffsetMinutes) =>
        scheduleIndex == 0 ? "t0" : "t" + plannedOffsetMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min";
}
