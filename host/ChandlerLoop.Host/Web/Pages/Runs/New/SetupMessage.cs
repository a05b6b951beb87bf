using System.Text.RegularExpressions;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>
/// A setup error or warning placed on the form: the service names the field at the start of each error
/// ("Loops[2] (position 3).DoseCellsPerMilliliter is …") and in each <see cref="SetupWarning.Field"/>;
/// this reads that path so the message can be shown next to the row and field it concerns.
/// </summary>
/// <param name="IsError">True for an error (nothing saved), false for a warning.</param>
/// <param name="Collection">"Loops" or "Donors" for a row's field; "" for a field of the run.</param>
/// <param name="Index">0-based row index within <paramref name="Collection"/>; null for the run or the whole list.</param>
/// <param name="Property">Request property named (e.g. "DoseCellsPerMilliliter", "RigKey"); null when the row as a whole.</param>
/// <param name="Text">The message as the service wrote it.</param>
public sealed partial record SetupMessage(bool IsError, string Collection, int? Index, string? Property, string Text)
{
    /// <summary>Places an error message by the field path it starts with.</summary>
    public static SetupMessage FromError(string text) => Place(true, text, text);

    /// <summary>Places a warning by its <see cref="SetupWarning.Field"/>.</summary>
    public static SetupMessage FromWarning(SetupWarning warning) => Place(false, warning.Field, warning.Message);

    /// <summary>True when this message concerns row <paramref name="index"/> of <paramref name="collection"/>.</summary>
    public bool IsFor(string collection, int index) => Collection == collection && Index == index;

    /// <summary>Plain-words label of the place, e.g. "Loop 3 · Dose" or "Rig".</summary>
    public string PlaceLabel
    {
        get
        {
            var row = Collection switch
            {
                "Loops" when Index is { } i => "Loop " + (i + 1),
                "Donors" when Index is { } i => "Donor " + (i + 1),
                _ => "",
            };
            var label = Property is null ? "" : FieldLabel(Property);
            return row.Length > 0 && label.Length > 0 ? row + " · " + label : row.Length > 0 ? row : label.Length > 0 ? label : "Run";
        }
    }

    /// <summary>The form's label for a request property.</summary>
    public static string FieldLabel(string property) => property switch
    {
        "RigKey" => "Rig",
        "ProtocolTemplateId" => "Protocol",
        "OperatorUserName" => "Operator",
        "Loops" => "Loops",
        "Notes" => "Notes",
        "Reason" => "Reason for the change",
        "TubingInnerDiameterMillimeters" => "Tubing inner diameter",
        "LoopLengthCentimeters" => "Loop length",
        "TubingMaterial" => "Tubing material",
        "TubingCoating" => "Tubing coating",
        "Sex" => "Sex",
        "AgeBand" => "Age band",
        "MedicationFreeDays" => "Medication-free interval",
        "InfectionScreen" => "Infection screen",
        "PseudonymousId" => "Pseudonymous id",
        "AboGroup" => "ABO group",
        "Anticoagulant" => "Anticoagulant",
        "AnticoagulantDoseIuPerMilliliter" => "Anticoagulant dose",
        "DrawnAtUtc" => "Drawn at",
        "Position" => "Position",
        "Role" => "Role",
        "CellProduct" => "Cell product",
        "Passage" => "Passage",
        "ViabilityPercent" => "Viability",
        "TissueFactorPositivePercent" => "TF/CD142",
        "DoseCellsPerMilliliter" => "Dose",
        "StockConcentrationCellsPerMilliliter" => "Stock concentration",
        "BloodVolumeMilliliters" => "Blood volume",
        "Vehicle" => "Vehicle",
        "VehicleFractionPercent" => "Vehicle fraction",
        "DonorPseudonymousId" => "Donor",
        _ => property,
    };

    private static SetupMessage Place(bool isError, string path, string text)
    {
        var row = RowPath().Match(path);
        if (row.Success)
        {
            var index = int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var property = row.Groups["property"].Success ? row.Groups["property"].Value : null;
            return new SetupMessage(isError, row.Groups["collection"].Value, index, property, text);
        }

        var run = RunPath().Match(path);
        return new SetupMessage(isError, "", null, run.Success ? run.Groups["property"].Value : null, text);
    }

    [GeneratedRegex(@"^(?<collection>Loops|Donors)\[(?<index>\d{1,4})\](?: \('.*?'\)| \(position -?\d+\))?(?:\.(?<property>[A-Za-z]+))?")]
    private static partial Regex RowPath();

    [GeneratedRegex(@"^(?<property>RigKey|ProtocolTemplateId|OperatorUserName|Notes|Reason|Loops|TubingInnerDiameterMillimeters|LoopLengthCentimeters|TubingMaterial|TubingCoating)\b")]
    private static partial Regex RunPath();
}
