namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// Everything needed to create a draft run (DOMAIN §4 SETUP): rig, protocol template version, operator,
/// loops and blood donors. Validated by <see cref="RunSetupService.CreateDraftAsync"/>.
/// </summary>
public sealed class RunSetupRequest
{
    /// <summary>Key of a registered rig (<c>Rig.RigKey</c>).</summary>
    public string RigKey { get; set; } = "";

    /// <summary>Id of the protocol template version to run (see <see cref="ProtocolTemplateService"/>).</summary>
    public long ProtocolTemplateId { get; set; }

    /// <summary>Login name of the operator (an active user).</summary>
    public string OperatorUserName { get; set; } = "";

    /// <summary>True for runs on a virtual rig (their results are marked simulated).</summary>
    public bool IsSimulated { get; set; }

    /// <summary>Free-text notes (at most <see cref="RunSetupLimits.MaximumNotesLength"/> characters).</summary>
    public string? Notes { get; set; }

    /// <summary>Tubing inner diameter in mm (hard 2–8, DOMAIN §2); used for the fill ratio.</summary>
    public double TubingInnerDiameterMillimeters { get; set; } = LoopGeometry.DefaultInnerDiameterMillimeters;

    /// <summary>Loop length in cm (hard 10–100, DOMAIN §2); used for the fill ratio.</summary>
    public double LoopLengthCentimeters { get; set; } = LoopGeometry.DefaultLengthCentimeters;

    /// <summary>Tubing material, e.g. "PVC" (optional, at most 64 characters; DOMAIN §6).</summary>
    public string? TubingMaterial { get; set; }

    /// <summary>Tubing surface coating, e.g. "heparin (Corline)" or "none" (optional, at most 64 characters).</summary>
    public string? TubingCoating { get; set; }

    /// <summary>The loops, one per rig position.</summary>
    public List<LoopSetup> Loops { get; set; } = new();

    /// <summary>Donors of the blood used; a donor already stored (same pseudonymous id) may be omitted.</summary>
    public List<DonorSetup> Donors { get; set; } = new();
}
