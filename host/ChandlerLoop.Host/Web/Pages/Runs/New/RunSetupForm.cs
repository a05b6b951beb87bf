using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Setup;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>
/// The new-run form as the operator fills it: protocol, rig, notes, donor rows and loop rows (positions
/// follow the row order). <see cref="ToRequest"/> turns it into the <see cref="RunSetupRequest"/> the
/// service validates; the operator and the simulated flag come from the page, never from the form.
/// </summary>
public sealed class RunSetupForm
{
    private readonly List<DonorForm> _donors = new();
    private readonly List<LoopForm> _loops = new();
    private int _nextDonorKey = 1;

    /// <summary>Chosen protocol template version; null while none chosen.</summary>
    public long? ProtocolTemplateId { get; set; }

    /// <summary>Chosen rig key ("" while none chosen).</summary>
    public string RigKey { get; set; } = "";

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Tubing inner diameter, mm (null while empty).</summary>
    public double? TubingInnerDiameterMillimeters { get; set; } = LoopGeometry.DefaultInnerDiameterMillimeters;

    /// <summary>Loop length, cm (null while empty).</summary>
    public double? LoopLengthCentimeters { get; set; } = LoopGeometry.DefaultLengthCentimeters;

    /// <summary>Tubing material, e.g. "PVC".</summary>
    public string? TubingMaterial { get; set; }

    /// <summary>Tubing coating, e.g. "heparin (Corline)" or "none".</summary>
    public string? TubingCoating { get; set; }

    /// <summary>Donor rows.</summary>
    public IReadOnlyList<DonorForm> Donors => _donors;

    /// <summary>Loop rows, in position order.</summary>
    public IReadOnlyList<LoopForm> Loops => _loops;

    /// <summary>Adds a donor row drawn at <paramref name="drawnAtUtc"/>; the first donor becomes the donor of loops without one.</summary>
    public DonorForm AddDonor(DateTime drawnAtUtc)
    {
        var donor = new DonorForm(_nextDonorKey++, drawnAtUtc);
        _donors.Add(donor);
        foreach (var loop in _loops.Where(l => l.DonorKey is null))
        {
            loop.DonorKey = donor.Key;
        }

        return donor;
    }

    /// <summary>Removes a donor row; loops that used it are left without a donor.</summary>
    public void RemoveDonor(DonorForm donor)
    {
        _donors.Remove(donor);
        foreach (var loop in _loops.Where(l => l.DonorKey == donor.Key))
        {
            loop.DonorKey = null;
        }
    }

    /// <summary>Adds a loop row at the next position, using the first donor.</summary>
    public LoopForm AddLoop(LoopRole role)
    {
        var loop = new LoopForm { Role = role, DonorKey = _donors.FirstOrDefault()?.Key };
        if (role == LoopRole.NegativeControl)
        {
            loop.DoseCellsPerMilliliter = 0;
        }

        _loops.Add(loop);
        Renumber();
        return loop;
    }

    /// <summary>Removes a loop row; the loops after it move up one position.</summary>
    public void RemoveLoop(LoopForm loop)
    {
        _loops.Remove(loop);
        Renumber();
    }

    /// <summary>The donor row with this key, or null.</summary>
    public DonorForm? FindDonor(int? key) => key is null ? null : _donors.FirstOrDefault(d => d.Key == key);

    /// <summary>
    /// Required values left empty, each saying which and how to fix it (the service cannot check a
    /// value that was never entered). Empty when the form can be sent.
    /// </summary>
    public IReadOnlyList<string> MissingValues()
    {
        var missing = new List<string>();
        if (ProtocolTemplateId is null)
        {
            missing.Add("Protocol: none chosen. Choose a protocol template version.");
        }

        if (TubingInnerDiameterMillimeters is null)
        {
            missing.Add("Tubing inner diameter is empty. Enter it in mm (default 6.3).");
        }

        if (LoopLengthCentimeters is null)
        {
            missing.Add("Loop length is empty. Enter the cut length of the loop in cm (default 39).");
        }

        for (var i = 0; i < _donors.Count; i++)
        {
            var donor = _donors[i];
            var name = $"Donor {i + 1}" + (string.IsNullOrWhiteSpace(donor.PseudonymousId) ? "" : $" ('{donor.PseudonymousId.Trim()}')");
            if (donor.AnticoagulantDoseIuPerMilliliter is null)
            {
                missing.Add($"{name}: the anticoagulant dose is empty. Enter it in IU per mL of blood (typically 1; 0 with heparin-coated loops).");
            }

            if (donor.DrawnAtUtc is null)
            {
                missing.Add($"{name}: the draw time is empty. Enter the venepuncture time (UTC) or press \"Now\".");
            }
        }

        foreach (var loop in _loops)
        {
            var name = $"Loop {loop.Position}";
            if (loop.DoseCellsPerMilliliter is null)
            {
                missing.Add($"{name}: the dose is empty. Enter cells per mL of blood (0 for a negative control, default 15,000).");
            }

            if (loop.BloodVolumeMilliliters is null)
            {
                missing.Add($"{name}: the blood volume is empty. Enter the mL of blood filled into the loop (default 7).");
            }

            if (loop.VehicleFractionPercent is null)
            {
                missing.Add($"{name}: the vehicle fraction is empty. Enter the vehicle volume as % of the blood volume (default 2).");
            }
        }

        return missing;
    }

    /// <summary>A form filled with a stored draft's set-up (<see cref="RunSetupService.LoadDraftAsync"/>).</summary>
    public static RunSetupForm FromRequest(RunSetupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = new RunSetupForm
        {
            ProtocolTemplateId = request.ProtocolTemplateId,
            RigKey = request.RigKey,
            Notes = request.Notes,
            TubingInnerDiameterMillimeters = request.TubingInnerDiameterMillimeters,
            LoopLengthCentimeters = request.LoopLengthCentimeters,
            TubingMaterial = request.TubingMaterial,
            TubingCoating = request.TubingCoating,
        };
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var donor in request.Donors)
        {
            var row = form.AddDonor(donor.DrawnAtUtc);
            row.CopyFrom(donor);
            keys[donor.PseudonymousId] = row.Key;
        }

        foreach (var setup in request.Loops.OrderBy(l => l.Position))
        {
            var loop = form.AddLoop(setup.Role);
            loop.CopyFrom(setup);
            loop.DonorKey = keys.TryGetValue(setup.DonorPseudonymousId, out var key) ? key : null;
        }

        return form;
    }

    /// <summary>The service request; call when <see cref="MissingValues"/> is empty.</summary>
    public RunSetupRequest ToRequest(string operatorUserName, bool isSimulated) => new()
    {
        RigKey = RigKey,
        ProtocolTemplateId = ProtocolTemplateId ?? 0,
        OperatorUserName = operatorUserName,
        IsSimulated = isSimulated,
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        TubingInnerDiameterMillimeters = TubingInnerDiameterMillimeters ?? double.NaN,
        LoopLengthCentimeters = LoopLengthCentimeters ?? double.NaN,
        TubingMaterial = string.IsNullOrWhiteSpace(TubingMaterial) ? null : TubingMaterial.Trim(),
        TubingCoating = string.IsNullOrWhiteSpace(TubingCoating) ? null : TubingCoating.Trim(),
        Donors = _donors.Select(d => d.ToSetup()).ToList(),
        Loops = _loops.Select(l => l.ToSetup(FindDonor(l.DonorKey)?.PseudonymousId.Trim() ?? "")).ToList(),
    };

    private void Renumber()
    {
        for (var i = 0; i < _loops.Count; i++)
        {
            _loops[i].Position = i + 1;
        }
    }
}
