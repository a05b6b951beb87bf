using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// Checks a <see cref="RunSetupRequest"/> against DOMAIN §2 hard ranges (errors) and warning ranges
/// (warnings), and the references it names. Collects every problem; never stops at the first.
/// </summary>
internal sealed partial class RunSetupValidator
{
    private readonly RunSetupRequest _request;
    private readonly SetupReferences _refs;
    private readonly List<string> _errors = new();
    private readonly List<SetupWarning> _warnings = new();
    private readonly Dictionary<int, double?> _volumesToPipette = new();

    public RunSetupValidator(RunSetupRequest request, SetupReferences refs)
    {
        _request = request;
        _refs = refs;
    }

    public IReadOnlyList<string> Errors => _errors;

    public IReadOnlyList<SetupWarning> Warnings => _warnings;

    /// <summary>Computed volume of cell stock per loop position, µL (null when no stock was given).</summary>
    public IReadOnlyDictionary<int, double?> VolumesToPipetteMicroliters => _volumesToPipette;

    /// <summary>The donors the run uses after validation, by pseudonymous id (request first, then stored).</summary>
    public Dictionary<string, DonorSetup> RequestDonors { get; } = new(StringComparer.Ordinal);

    public void Validate()
    {
        CheckReferences();
        CheckGeometry();
        CheckDonors();
        CheckLoops();
        CheckControls();
    }

    internal static string Number(double value) => RunSetupNumbers.Format(value);

    private void CheckReferences()
    {
        if (string.IsNullOrWhiteSpace(_request.RigKey))
        {
            _errors.Add("RigKey is empty: give the key of a registered rig (see `chandler` rig list).");
        }
        else if (_refs.Rig is null)
        {
            _errors.Add($"RigKey '{_request.RigKey}' is not a known rig: check the key, or let the rig connect once so it is registered.");
        }
        else if (_refs.Rig.CalibrationDueUtc is { } due && due < _refs.NowUtc)
        {
            _warnings.Add(new SetupWarning("calibration_due", nameof(RunSetupRequest.RigKey),
                $"Rig '{_refs.Rig.RigKey}' calibration was due {due:yyyy-MM-dd}: recalibrate the thermometer and tachometer check before relying on this run."));
        }

        if (_refs.Template is null)
        {
            _errors.Add($"ProtocolTemplateId {_request.ProtocolTemplateId} is not a known protocol template: choose an existing template version (the default is \"{ProtocolTemplateService.DefaultName}\" v{ProtocolTemplateService.DefaultVersion}).");
        }
        else if (ProtocolTemplateService.ParseSamplingOffsetsMinutes(_refs.Template.SamplingOffsetsMinutes) is not { Count: > 0 })
        {
            _errors.Add($"Protocol template {_refs.Template.Name} v{_refs.Template.Version} has unusable sampling offsets '{_refs.Template.SamplingOffsetsMinutes}': create a new template version with minutes like \"0,15,30\".");
        }

        if (string.IsNullOrWhiteSpace(_request.OperatorUserName))
        {
            _errors.Add("OperatorUserName is empty: give the login name of the operator performing the run.");
        }
        else if (_refs.Operator is null)
        {
            _errors.Add($"OperatorUserName '{_request.OperatorUserName}' is not a user: add the user first (`chandler users add`) or correct the name.");
        }
        else if (!_refs.Operator.IsActive)
        {
            _errors.Add($"OperatorUserName '{_request.OperatorUserName}' is deactivated: choose an active user.");
        }

        if (_request.Notes is { Length: > RunSetupLimits.MaximumNotesLength })
        {
            _errors.Add($"Notes are {_request.Notes.Length} characters long; at most {RunSetupLimits.MaximumNotesLength} are allowed: shorten them.");
        }
    }

    private void CheckGeometry()
    {
        CheckTubingText(nameof(RunSetupRequest.TubingMaterial), _request.TubingMaterial, "e.g. \"PVC\"");
        CheckTubingText(nameof(RunSetupRequest.TubingCoating), _request.TubingCoating, "e.g. \"heparin (Corline)\" or \"none\"");
        RequireRange(nameof(RunSetupRequest.TubingInnerDiameterMillimeters), _request.TubingInnerDiameterMillimeters,
            LoopGeometry.MinimumInnerDiameterMillimeters, LoopGeometry.MaximumInnerDiameterMillimeters, "mm", "measure the tubing inner diameter");
        RequireRange(nameof(RunSetupRequest.LoopLengthCentimeters), _request.LoopLengthCentimeters,
            LoopGeometry.MinimumLengthCentimeters, LoopGeometry.MaximumLengthCentimeters, "cm", "measure the cut loop length");
    }

    private void CheckDonors()
    {
        for (var i = 0; i < _request.Donors.Count; i++)
        {
            var donor = _request.Donors[i];
            var field = $"Donors[{i}]";
            if (string.IsNullOrWhiteSpace(donor.PseudonymousId))
            {
                _errors.Add($"{field}.PseudonymousId is empty: give the donor's pseudonymous id (never a name).");
                continue;
            }

            field = $"Donors[{i}] ('{donor.PseudonymousId}')";
            if (!RequestDonors.TryAdd(donor.PseudonymousId, donor))
            {
                _errors.Add($"{field} appears more than once: list each donor once.");
                continue;
            }

            if (!Enum.IsDefined(donor.AboGroup))
            {
                _errors.Add($"{field}.AboGroup {(int)donor.AboGroup} is not a blood group: use O, A, B, AB or Unknown.");
            }

            if (string.IsNullOrWhiteSpace(donor.Anticoagulant))
            {
                _errors.Add($"{field}.Anticoagulant is empty: give the anticoagulant (e.g. \"heparin\", or \"none\" with heparin-coated loops).");
            }

            if (RequireRange(field + ".AnticoagulantDoseIuPerMilliliter", donor.AnticoagulantDoseIuPerMilliliter, 0, RunSetupLimits.MaximumAnticoagulantIuPerMilliliter, "IU/mL", "check the heparin dose per mL of blood")
                && donor.AnticoagulantDoseIuPerMilliliter > RunSetupLimits.WarnAnticoagulantIuPerMilliliter)
            {
                _warnings.Add(new SetupWarning("anticoagulant_high", field + ".AnticoagulantDoseIuPerMilliliter",
                    $"Anticoagulant {Number(donor.AnticoagulantDoseIuPerMilliliter)} IU/mL is above {Number(RunSetupLimits.WarnAnticoagulantIuPerMilliliter)} IU/mL: high heparin suppresses the coagulation and complement response the assay measures (typical 1 IU/mL)."));
            }

            CheckDrawTime(field, donor);
            CheckDonorRecords(field, donor);
            if (_refs.StoredDonors.TryGetValue(donor.PseudonymousId, out var stored) && stored.AboGroup != donor.AboGroup
                && !_refs.EditableDonorIds.Contains(donor.PseudonymousId))
            {
                _errors.Add($"{field}.AboGroup {donor.AboGroup} differs from the stored group {stored.AboGroup} of this donor: correct the group or the donor id.");
            }
        }
    }

    private void CheckDrawTime(string field, DonorSetup donor)
    {
        if (donor.DrawnAtUtc == default)
        {
            _errors.Add($"{field}.DrawnAtUtc is not set: give the venepuncture time (UTC).");
            return;
        }

        if (donor.DrawnAtUtc.Kind == DateTimeKind.Local)
        {
            _errors.Add($"{field}.DrawnAtUtc is a local time ({donor.DrawnAtUtc:O}): give the venepuncture time in UTC.");
            return;
        }

        var minutes = (_refs.NowUtc - donor.DrawnAtUtc).TotalMinutes;
        if (minutes < -RunSetupLimits.FutureDrawToleranceMinutes)
        {
            _errors.Add($"{field}.DrawnAtUtc {donor.DrawnAtUtc:yyyy-MM-dd HH:mm} UTC is in the future: enter the actual venepuncture time in UTC.");
        }
        else if (minutes > RunSetupLimits.MaximumDrawToStartMinutes)
        {
            _errors.Add($"{field}.DrawnAtUtc was {Number(minutes)} min ago; blood may be used at most {Number(RunSetupLimits.MaximumDrawToStartMinutes)} min after venepuncture (allowed 0–120 min): draw fresh blood.");
        }
        else if (minutes > RunSetupLimits.WarnDrawToStartMinutes)
        {
            _warnings.Add(new SetupWarning("draw_to_start_long", field + ".DrawnAtUtc",
                $"Blood was drawn {Number(minutes)} min ago, already beyond the {Number(RunSetupLimits.WarnDrawToStartMinutes)} min draw-to-start limit: platelets and coagulation activate in standing blood; start as soon as possible and expect an acceptance deviation."));
        }
    }

    /// <summary>Adds an error when <paramref name="value"/> is outside [min, max] or not finite; true when it is inside.</summary>
    private bool RequireRange(string field, double value, double min, double max, string unit, string fix)
    {
        if (double.IsFinite(value) && value >= min && value <= max)
        {
            return true;
        }

        _errors.Add($"{field} is {Number(value)} {unit}; the allowed range is {Number(min)}–{Number(max)} {unit}: {fix}.");
        return false;
    }
}
