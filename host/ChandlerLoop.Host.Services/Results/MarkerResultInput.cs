namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// One marker result as read from the instrument: the value in the unit the assay reports (before
/// dilution correction), the dilution factor applied to the sample, and the assay's LLOQ/ULOQ in the
/// same unit. The stored value is converted to the canonical unit and multiplied by the dilution factor.
/// </summary>
public sealed class MarkerResultInput
{
    /// <summary>Sample (Sample.Id) the result belongs to.</summary>
    public long SampleId { get; set; }

    /// <summary>Analyte code or alias (see <see cref="MarkerUnits"/>).</summary>
    public string Analyte { get; set; } = "";

    /// <summary>Value as read (in the diluted sample), in <see cref="Unit"/>.</summary>
    public double Value { get; set; }

    /// <summary>Unit of <see cref="Value"/>, <see cref="LloqValue"/> and <see cref="UloqValue"/> (see <see cref="MarkerUnits.AcceptedUnits"/>).</summary>
    public string Unit { get; set; } = "";

    /// <summary>Dilution factor of the sample (≥ 1; 10 means 1 + 9).</summary>
    public double DilutionFactor { get; set; } = 1.0;

    /// <summary>Lower limit of quantification of the assay, in <see cref="Unit"/> (optional).</summary>
    public double? LloqValue { get; set; }

    /// <summary>Upper limit of quantification of the assay, in <see cref="Unit"/> (optional).</summary>
    public double? UloqValue { get; set; }

    /// <summary>Method, e.g. "ELISA" or "cell counter".</summary>
    public string? Method { get; set; }

    /// <summary>Kit lot.</summary>
    public string? KitLot { get; set; }

    /// <summary>Where the value comes from (<see cref="ResultSources"/>); null means "manual".</summary>
    public string? Source { get; set; }

    /// <summary>Forces the &lt;LLOQ flag (an instrument reported "&lt;x").</summary>
    public bool ReportedBelowLloq { get; set; }

    /// <summary>Forces the &gt;ULOQ flag (an instrument reported "&gt;x").</summary>
    public bool ReportedAboveUloq { get; set; }
}
