using System.Text.Json;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>Editing a draft run's set-up (<see cref="RunSetupService"/>).</summary>
public sealed partial class RunSetupService
{
    /// <summary>
    /// The stored set-up of a draft run as a request. Throws <see cref="DraftNotEditableException"/>
    /// when the run does not exist or its set-up can no longer change.
    /// </summary>
    public async Task<RunDraft> LoadDraftAsync(long runId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Rig).Include(r => r.Operator)
            .FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        RequireEditable(run, runId);
        var loops = await db.Loops.AsNoTracking().Include(l => l.Donor).Where(l => l.RunId == runId)
            .OrderBy(l => l.Position).ToListAsync(ct).ConfigureAwait(false);
        var request = new RunSetupRequest
        {
            RigKey = run!.Rig!.RigKey,
            ProtocolTemplateId = run.ProtocolTemplateId,
            OperatorUserName = run.Operator!.UserName,
            IsSimulated = run.IsSimulated,
            Notes = run.Notes,
            TubingMaterial = run.TubingMaterial,
            TubingCoating = run.TubingCoating,
            TubingInnerDiameterMillimeters = run.TubingInnerDiameterMillimeters
                ?? SnapshotNumber(run.ProtocolSnapshotJson, "tubingInnerDiameterMillimeters") ?? LoopGeometry.DefaultInnerDiameterMillimeters,
            LoopLengthCentimeters = run.LoopLengthCentimeters
                ?? SnapshotNumber(run.ProtocolSnapshotJson, "loopLengthCentimeters") ?? LoopGeometry.DefaultLengthCentimeters,
        };
        foreach (var donor in loops.Select(l => l.Donor!).DistinctBy(d => d.Id))
        {
            request.Donors.Add(new DonorSetup
            {
                PseudonymousId = donor.PseudonymousId,
                AboGroup = donor.AboGroup,
                Anticoagulant = donor.Anticoagulant,
                AnticoagulantDoseIuPerMilliliter = donor.AnticoagulantDoseIuPerMilliliter,
                AnticoagulantLot = donor.AnticoagulantLot,
                DrawnAtUtc = DateTime.SpecifyKind(donor.DrawnAtUtc, DateTimeKind.Utc),
                Sex = donor.Sex,
                AgeBand = donor.AgeBand,
                MedicationFreeDays = donor.MedicationFreeDays,
                InfectionScreen = donor.InfectionScreen,
            });
        }

        request.Loops.AddRange(loops.Select(l => new LoopSetup
        {
            Position = l.Position,
            Role = l.Role,
            CellProduct = l.CellProduct,
            TissueSource = l.TissueSource,
            CellLot = l.CellLot,
            Passage = l.Passage,
            ViabilityPercent = l.ViabilityPercent,
            TissueFactorPositivePercent = l.TissueFactorPositivePercent,
            DoseCellsPerMilliliter = l.DoseCellsPerMilliliter,
            StockConcentrationCellsPerMilliliter = l.StockConcentrationCellsPerMilliliter,
            BloodVolumeMilliliters = l.BloodVolumeMilliliters,
            Vehicle = l.Vehicle,
            VehicleFractionPercent = l.VehicleFractionPercent,
            DonorPseudonymousId = l.Donor!.PseudonymousId,
        }));
        return new RunDraft(run.Id, run.RunKey, request);
    }

    /// <summary>
    /// Replaces a draft's set-up by <paramref name="request"/>, validated exactly like creation; the rig and
    /// the protocol stay those of the draft. <paramref name="request"/>'s operator is the user making the
    /// change (an active operator; the run keeps its operator). Every changed value is audited with the old
    /// and new value, the user and <paramref name="reason"/>. Throws <see cref="DraftNotEditableException"/>
    /// when pre-warming has started (or the run is not a draft), <see cref="SetupValidationException"/>
    /// listing every error; nothing is saved then.
    /// </summary>
    public async Task<RunSetupResult> UpdateDraftAsync(long runId, RunSetupRequest request, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = _databases.CreateDbContext();
        db.Clock = _clock;
        var (run, loops, refs, validator, errors) = await ValidateDraftAsync(db, runId, request, ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("Reason is empty: say why the set-up changes (e.g. \"donor D-12 replaced, haemolysed sample\"); the audit trail records it with the old and new values.");
        }

        if (errors.Count > 0)
        {
            throw new SetupValidationException(errors);
        }

        Apply(db, run, loops, request, refs, validator);
        db.ActingUserName = refs.Operator!.UserName;
        await db.SaveChangesAsync(reason.Trim(), ct).ConfigureAwait(false);
        return new RunSetupResult(run.Id, run.RunKey, validator.Warnings.ToList());
    }

    /// <summary>
    /// Checks a changed set-up of a draft with the rules of <see cref="UpdateDraftAsync"/> (except the
    /// reason) and saves nothing. Throws <see cref="DraftNotEditableException"/> like it.
    /// </summary>
    public async Task<RunSetupCheck> CheckDraftAsync(long runId, RunSetupRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = _databases.CreateDbContext();
        var (_, _, _, validator, errors) = await ValidateDraftAsync(db, runId, request, ct).ConfigureAwait(false);
        return new RunSetupCheck(errors, validator.Warnings.ToList());
    }

    private async Task<(Run Run, List<Loop> Loops, SetupReferences Refs, RunSetupValidator Validator, List<string> Errors)> ValidateDraftAsync(
        ChandlerDbContext db, long runId, RunSetupRequest request, CancellationToken ct)
    {
        request.Loops ??= new List<LoopSetup>();
        request.Donors ??= new List<DonorSetup>();
        var run = await db.Runs.Include(r => r.Rig).FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        RequireEditable(run, runId);
        var now = _clock.GetUtcNow().UtcDateTime;
        var loops = await db.Loops.Include(l => l.Donor).Where(l => l.RunId == runId).ToListAsync(ct).ConfigureAwait(false);
        var refs = await LoadReferencesAsync(db, request, now, ct).ConfigureAwait(false);
        var shared = await DonorsOfOtherRunsAsync(db, runId, refs.StoredDonors.Values.Select(d => d.Id).ToList(), ct).ConfigureAwait(false);
        refs = refs with { EditableDonorIds = refs.StoredDonors.Values.Where(d => !shared.Contains(d.Id)).Select(d => d.PseudonymousId).ToHashSet(StringComparer.Ordinal) };
        var validator = new RunSetupValidator(request, refs);
        validator.Validate();
        var errors = validator.Errors.ToList();
        errors.AddRange(DraftOnlyErrors(run!, request, refs));
        return (run!, loops, refs, validator, errors);
    }

    private static void RequireEditable(Run? run, long runId)
    {
        if (run is null)
        {
            throw new DraftNotEditableException($"Run {runId} does not exist: open the run list and choose the draft to change.");
        }

        if (run.State != RunState.Draft || run.PrewarmStartedAtUtc is not null || run.IsLocked)
        {
            throw new DraftNotEditableException(
                $"Run {run.RunKey} is {run.State}: its set-up can only be changed while it is a draft, before pre-warming starts. "
                + "Record what differs as a deviation on the review page, or abort the run and set up a new one.");
        }
    }

    private static IEnumerable<string> DraftOnlyErrors(Run run, RunSetupRequest request, SetupReferences refs)
    {
        if (!string.Equals(request.RigKey, run.Rig!.RigKey, StringComparison.Ordinal))
        {
            yield return $"RigKey '{request.RigKey}' differs from the draft's rig '{run.Rig.RigKey}': a draft keeps its rig; set up a new run on the other rig.";
        }

        if (request.ProtocolTemplateId != run.ProtocolTemplateId)
        {
            yield return "ProtocolTemplateId differs from the draft's protocol: a draft keeps its protocol version; set up a new run with the other protocol.";
        }

        if (refs.Operator is { IsActive: true } user && user.Role != UserRole.Operator)
        {
            yield return $"OperatorUserName '{user.UserName}' is a {user.Role}: only an operator can change a run's set-up.";
        }

        for (var i = 0; i < request.Donors.Count; i++)
        {
            var donor = request.Donors[i];
            if (refs.StoredDonors.TryGetValue(donor.PseudonymousId ?? "", out var stored)
                && !refs.EditableDonorIds.Contains(stored.PseudonymousId) && DonorDiffers(stored, donor))
            {
                yield return $"Donors[{i}] ('{donor.PseudonymousId}') is also used by another run, so its stored values cannot change here: undo the change, or give this blood its own donor id.";
            }
        }
    }

    private static bool DonorDiffers(Donor stored, DonorSetup donor) =>
        stored.AboGroup != donor.AboGroup
        || !string.Equals(stored.Anticoagulant, donor.Anticoagulant.Trim(), StringComparison.Ordinal)
        || stored.AnticoagulantDoseIuPerMilliliter != donor.AnticoagulantDoseIuPerMilliliter
        || !string.Equals(stored.AnticoagulantLot, Trimmed(donor.AnticoagulantLot), StringComparison.Ordinal)
        || stored.DrawnAtUtc != DateTime.SpecifyKind(donor.DrawnAtUtc, DateTimeKind.Utc)
        || stored.Sex != donor.Sex || !string.Equals(stored.AgeBand, Trimmed(donor.AgeBand), StringComparison.Ordinal)
        || stored.MedicationFreeDays != donor.MedicationFreeDays || stored.InfectionScreen != donor.InfectionScreen;

    private static async Task<HashSet<long>> DonorsOfOtherRunsAsync(ChandlerDbContext db, long runId, List<long> donorIds, CancellationToken ct) =>
        (await db.Loops.AsNoTracking().Where(l => l.RunId != runId && donorIds.Contains(l.DonorId))
            .Select(l => l.DonorId).Distinct().ToListAsync(ct).ConfigureAwait(false)).ToHashSet();

    private static void Apply(ChandlerDbContext db, Run run, List<Loop> loops, RunSetupRequest request, SetupReferences refs, RunSetupValidator validator)
    {
        run.Notes = Trimmed(request.Notes);
        run.ProtocolSnapshotJson = Snapshot(refs.Template!, request);
        ApplyTubing(run, request);
        var donors = new Dictionary<string, Donor>(refs.StoredDonors, StringComparer.Ordinal);
        foreach (var setup in validator.RequestDonors.Values)
        {
            if (donors.TryGetValue(setup.PseudonymousId, out var stored))
            {
                if (refs.EditableDonorIds.Contains(setup.PseudonymousId))
                {
                    Apply(stored, setup);
                }

                continue;
            }

            var donor = new Donor();
            Apply(donor, setup);
            db.Donors.Add(donor);
            donors[setup.PseudonymousId] = donor;
        }

        var offsets = ProtocolTemplateService.ParseSamplingOffsetsMinutes(refs.Template!.SamplingOffsetsMinutes)!;
        var byPosition = loops.ToDictionary(l => l.Position);
        foreach (var removed in loops.Where(l => request.Loops.All(s => s.Position != l.Position)))
        {
            db.Samples.RemoveRange(db.Samples.Where(s => s.LoopId == removed.Id));
            db.Loops.Remove(removed);
        }

        foreach (var setup in request.Loops)
        {
            if (byPosition.TryGetValue(setup.Position, out var loop))
            {
                Apply(loop, setup, validator, donors[setup.DonorPseudonymousId]);
                continue;
            }

            loop = new Loop { Run = run };
            Apply(loop, setup, validator, donors[setup.DonorPseudonymousId]);
            db.Loops.Add(loop);
            AddSamples(db, loop, offsets);
        }
    }

    private static double? SnapshotNumber(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
