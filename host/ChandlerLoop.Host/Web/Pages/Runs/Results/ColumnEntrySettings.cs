using System.Globalization;
using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// How values typed into one analyte column of the grid are read and recorded: the unit (one of the
/// analyte's accepted units, canonical by default), the dilution factor, the assay's LLOQ/ULOQ in that
/// unit (as text, empty = not given) and the method/kit and kit lot stored with every value (DOMAIN §6:
/// analytical method, kit, lot). <see cref="TryBuildInput"/> turns a cell entry into a service input.
/// </summary>
public sealed class ColumnEntrySettings
{
    /// <summary>Creates the settings of an analyte column, in its canonical unit, undiluted, without limits.</summary>
    public ColumnEntrySettings(string analyte)
    {
        Analyte = analyte;
        Unit = MarkerUnits.CanonicalUnit(analyte);
    }

    /// <summary>Analyte code.</summary>
    public string Analyte { get; }

    /// <summary>Unit values, LLOQ and ULOQ are typed in.</summary>
    public string Unit { get; set; }

    /// <summary>Dilution factor text ("1" when empty).</summary>
    public string DilutionText { get; set; } = "1";

    /// <summary>LLOQ text in <see cref="Unit"/> (empty = none).</summary>
    public string LloqText { get; set; } = "";

    /// <summary>ULOQ text in <see cref="Unit"/> (empty = none).</summary>
    public string UloqText { get; set; } = "";

    /// <summary>Method and kit, e.g. "ELISA, Enzygnost TAT micro" or "impedance counter" (empty = not recorded).</summary>
    public string Method { get; set; } = "";

    /// <summary>Kit or reagent lot (empty = not recorded).</summary>
    public string KitLot { get; set; } = "";

    /// <summary>Longest method or kit lot text accepted, characters.</summary>
    public const int MaximumTextLength = 200;

    /// <summary>The units this column can be entered in.</summary>
    public IReadOnlyList<string> AcceptedUnits => MarkerUnits.AcceptedUnits(Analyte);

    /// <summary>True when the entry unit is not the stored (canonical) unit or the dilution is not 1.</summary>
    public bool ConvertsOnEntry => Unit != MarkerUnits.CanonicalUnit(Analyte) || DilutionText.Trim() is not ("" or "1");

    /// <summary>
    /// The service input for <paramref name="entry"/> in sample <paramref name="sampleId"/>; false with an
    /// error naming the column setting to fix when the dilution or a limit is not a number.
    /// </summary>
    public bool TryBuildInput(long sampleId, CellEntry entry, out MarkerResultInput input, out string error)
    {
        ArgumentNullException.ThrowIfNull(entry);
        input = new MarkerResultInput();
        error = "";
        if (!TryNumber(DilutionText, out var dilution) || dilution is null)
        {
            dilution = DilutionText.Trim().Length == 0 ? 1.0 : null;
            if (dilution is null)
            {
                error = $"{Analyte} dilution factor '{DilutionText}' is not a number: enter 1 for undiluted samples, 10 for 1 + 9.";
                return false;
            }
        }

        if (!TryNumber(LloqText, out var lloq))
        {
            error = $"{Analyte} LLOQ '{LloqText}' is not a number: enter the kit's LLOQ in {Unit} with a decimal point, or leave it empty.";
            return false;
        }

        if (!TryNumber(UloqText, out var uloq))
        {
            error = $"{Analyte} ULOQ '{UloqText}' is not a number: enter the kit's ULOQ in {Unit} with a decimal point, or leave it empty.";
            return false;
        }

        if (Method.Trim().Length > MaximumTextLength || KitLot.Trim().Length > MaximumTextLength)
        {
            error = $"{Analyte} method or kit lot is longer than {MaximumTextLength} characters: shorten it (e.g. \"ELISA, Enzygnost TAT micro\", lot \"A123\").";
            return false;
        }

        input = new MarkerResultInput
        {
            SampleId = sampleId,
            Analyte = Analyte,
            Value = entry.Value,
            Unit = Unit,
            DilutionFactor = dilution.Value,
            LloqValue = lloq,
            UloqValue = uloq,
            ReportedBelowLloq = entry.ReportedBelowLloq,
            ReportedAboveUloq = entry.ReportedAboveUloq,
            Source = ResultSources.Manual,
            Method = Method.Trim().Length == 0 ? null : Method.Trim(),
            KitLot = KitLot.Trim().Length == 0 ? null : KitLot.Trim(),
        };
        return true;
    }

    private static bool TryNumber(string? text, out double? value)
    {
        value = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
