namespace ChandlerLoop.Data.Entities;

/// <summary>
/// One measured value of one analyte in one sample (DOMAIN §3), in the analyte's canonical unit
/// (e.g. PLT ×10⁹/L, TAT µg/L, C3a ng/mL, D-dimer ng/mL FEU). Audited.
/// </summary>
public sealed class MarkerResult
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The sample measured.</summary>
    public long SampleId { get; set; }

    /// <summary>Navigation to the sample.</summary>
    public Sample? Sample { get; set; }

    /// <summary>Analyte (canonical name, e.g. "TAT").</summary>
    public string Analyte { get; set; } = "";

    /// <summary>Value in <see cref="Unit"/>, already multiplied by <see cref="DilutionFactor"/>.</summary>
    public double Value { get; set; }

    /// <summary>Canonical unit of the value (e.g. "ug/L").</summary>
    public string Unit { get; set; } = "";

    /// <summary>Dilution factor applied before measuring (1 = undiluted).</summary>
    public double DilutionFactor { get; set; } = 1.0;

    /// <summary>True when the reading was below the assay's lower limit of quantification.</summary>
    public bool IsBelowLloq { get; set; }

    /// <summary>True when the reading was above the assay's upper limit of quantification.</summary>
    public bool IsAboveUloq { get; set; }

    /// <summary>Method or kit name.</summary>
    public string? Method { get; set; }

    /// <summary>Kit lot.</summary>
    public string? KitLot { get; set; }

    /// <summary>The user who entered or imported the value.</summary>
    public long EnteredByUserId { get; set; }

    /// <summary>Navigation to that user.</summary>
    public User? EnteredBy { get; set; }

    /// <summary>When the value was entered, UTC.</summary>
    public DateTime EnteredAtUtc { get; set; }

    /// <summary>The value as read or entered before unit conversion and dilution correction.</summary>
    public double? RawValue { get; set; }

    /// <summary>The unit the raw value was given in (e.g. "µg/L", "ng/mL", "10^3/µL").</summary>
    public string? RawUnit { get; set; }

    /// <summary>Lower limit of quantification, canonical unit.</summary>
    public double? LloqValue { get; set; }

    /// <summary>Upper limit of quantification, canonical unit.</summary>
    public double? UloqValue { get; set; }

    /// <summary>Where the value came from: "manual", "import:&lt;file name&gt;" or "simulated".</summary>
    public string Source { get; set; } = "manual";
}
