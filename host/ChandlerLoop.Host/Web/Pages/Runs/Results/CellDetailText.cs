using System.Globalization;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// The words shown for a stored grid value: the short tooltip (who, when, source) and the cell detail
/// line (value as read, dilution, LLOQ/ULOQ, method/kit, kit lot, who, when, source).
/// </summary>
internal static class CellDetailText
{
    /// <summary>The tooltip of a cell; null when it holds no value.</summary>
    public static string? Tooltip(ResultsGridCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Result is not { } r ? null
            : $"Entered by {cell.EnteredByName ?? "unknown"} at {Utc(r.EnteredAtUtc)} UTC ({r.Source}); method {r.Method ?? "not recorded"}, kit lot {r.KitLot ?? "not recorded"}";
    }

    /// <summary>The detail line of <paramref name="analyte"/> in <paramref name="row"/>.</summary>
    public static string Detail(ResultsGridRow row, string analyte, ResultsGridCell cell)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(cell);
        var where = $"{analyte}, loop {row.LoopPosition}, {ResultsGridModel.TimePointLabel(row.ScheduleIndex, row.PlannedOffsetMinutes)}";
        if (cell.Result is not { } r)
        {
            return where + ": no value yet.";
        }

        var raw = r.RawValue is { } v ? $"read {ResultsGridModel.FormatValue(v)} {r.RawUnit} × dilution {ResultsGridModel.FormatValue(r.DilutionFactor)}" : "";
        var limits = (r.LloqValue is { } l ? $", LLOQ {ResultsGridModel.FormatValue(l)} {r.Unit}" : ", no LLOQ")
            + (r.UloqValue is { } u ? $", ULOQ {ResultsGridModel.FormatValue(u)} {r.Unit}" : ", no ULOQ");
        var assay = $"method {r.Method ?? "not recorded"}, kit lot {r.KitLot ?? "not recorded"}";
        return $"{where}: {ResultsGridModel.FormatValue(r.Value)} {r.Unit} ({raw}{limits}; {assay}); entered by {cell.EnteredByName ?? "unknown"} at {Utc(r.EnteredAtUtc)} UTC, source {r.Source}.";
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
