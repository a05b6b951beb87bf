using System.Globalization;
using System.Text.Json;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// Creates draft runs (DOMAIN §4 SETUP): validates the request against DOMAIN §2, then stores the run
/// (State Draft, protocol snapshot, key "R-yyyyMMdd-NN"), its loops with the computed volume to pipette,
/// donors (reused by pseudonymous id) and one sample per loop and template sampling offset, in one
/// audited transaction attributed to the operator.
/// </summary>
public sealed partial class RunSetupService
{
    private const int RunKeyAttempts = 5;
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    public RunSetupService(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Checks a request with the same rules as <see cref="CreateDraftAsync"/> (references, DOMAIN §2 ranges,
    /// warnings) and saves nothing: for showing problems while the operator fills in the form.
    /// </summary>
    public async Task<RunSetupCheck> CheckAsync(RunSetupRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Loops ??= new List<LoopSetup>();
        request.Donors ??= new List<DonorSetup>();
        await using var db = _databases.CreateDbContext();
        var now = _clock.GetUtcNow().UtcDateTime;
        var refs = await LoadReferencesAsync(db, request, now, ct).ConfigureAwait(false);
        var validator = new RunSetupValidator(request, refs);
        validator.Validate();
        return new RunSetupCheck(validator.Errors.ToList(), validator.Warnings.ToList());
    }

    /// <summary>
    /// Validates and stores a draft run. Throws <see cref="SetupValidationException"/> listing every error
    /// (nothing saved); returns the run and the warnings (allowed values outside DOMAIN §2's warn ranges).
    /// </summary>
    public async Task<RunSetupResult> CreateDraftAsync(RunSetupRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Loops ??= new List<LoopSetup>();
        request.Donors ??= new List<DonorSetup>();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = _databases.CreateDbContext();
            db.Clock = _clock;
            var now = _clock.GetUtcNow().UtcDateTime;
            var refs = await LoadReferencesAsync(db, request, now, ct).ConfigureAwait(false);
            var validator = new RunSetupValidator(request, refs);
            validator.Validate();
            if (validator.Errors.Count > 0)
            {
                throw new SetupValidationException(validator.Errors.ToList());
            }

            var runKey = await NextRunKeyAsync(db, now, ct).ConfigureAwait(false);
            var run = Build(db, request, refs, validator, runKey, now);
            db.ActingUserName = refs.Operator!.UserName;
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                return new RunSetupResult(run.Id, run.RunKey, validator.Warnings.ToList());
            }
            catch (DbUpdateException) when (attempt < RunKeyAttempts)
            {
                // Another setup may have taken the same key at the same moment: then build again with the next key.
                if (!await RunKeyTakenAsync(runKey, ct).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }
    }

    private static async Task<SetupReferences> LoadReferencesAsync(ChandlerDbContext db, RunSetupRequest request, DateTime now, CancellationToken ct)
    {
        var rig = await db.Rigs.FirstOrDefaultAsync(r => r.RigKey == request.RigKey, ct).ConfigureAwait(false);
        var template = await db.ProtocolTemplates.FirstOrDefaultAsync(t => t.Id == request.ProtocolTemplateId, ct).ConfigureAwait(false);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == request.OperatorUserName, ct).ConfigureAwait(false);
        var ids = request.Donors.Select(d => d.PseudonymousId).Concat(request.Loops.Select(l => l.DonorPseudonymousId))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        var donors = await db.Donors.Where(d => ids.Contains(d.PseudonymousId)).ToDictionaryAsync(d => d.PseudonymousId, ct).ConfigureAwait(false);
        return new SetupReferences(rig, template, user, donors, now);
    }

    private static Run Build(ChandlerDbContext db, RunSetupRequest request, SetupReferences refs, RunSetupValidator validator, string runKey, DateTime now)
    {
        var template = refs.Template!;
        var run = new Run
        {
            RunKey = runKey,
            Rig = refs.Rig,
            ProtocolTemplate = template,
            ProtocolSnapshotJson = Snapshot(template, request),
            Operator = refs.Operator,
            State = RunState.Draft,
            CreatedAtUtc = now,
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            IsSimulated = request.IsSimulated,
        };
        ApplyTubing(run, request);
        db.Runs.Add(run);
        var donors = new Dictionary<string, Donor>(StringComparer.Ordinal);
        foreach (var (id, stored) in refs.StoredDonors)
        {
            donors[id] = stored;
        }

        foreach (var setup in validator.RequestDonors.Values.Where(d => !donors.ContainsKey(d.PseudonymousId)))
        {
            var donor = new Donor();
            Apply(donor, setup);
            db.Donors.Add(donor);
            donors[setup.PseudonymousId] = donor;
        }

        var offsets = ProtocolTemplateService.ParseSamplingOffsetsMinutes(template.SamplingOffsetsMinutes)!;
        foreach (var setup in request.Loops.OrderBy(l => l.Position))
        {
            var loop = new Loop { Run = run };
            Apply(loop, setup, validator, donors[setup.DonorPseudonymousId]);
            db.Loops.Add(loop);
            AddSamples(db, loop, offsets);
        }

        return run;
    }

    /// <summary>Copies a loop's set-up onto the stored loop (new or edited).</summary>
    private static void Apply(Loop loop, LoopSetup setup, RunSetupValidator validator, Donor donor)
    {
        loop.Position = setup.Position;
        loop.Role = setup.Role;
        loop.CellProduct = Trimmed(setup.CellProduct);
        loop.TissueSource = Trimmed(setup.TissueSource);
        loop.CellLot = Trimmed(setup.CellLot);
        loop.Passage = setup.Passage;
        loop.ViabilityPercent = setup.ViabilityPercent;
        loop.TissueFactorPositivePercent = setup.TissueFactorPositivePercent;
        loop.DoseCellsPerMilliliter = setup.DoseCellsPerMilliliter;
        loop.StockConcentrationCellsPerMilliliter = setup.StockConcentrationCellsPerMilliliter;
        loop.VolumeToPipetteMicroliters = validator.VolumesToPipetteMicroliters.GetValueOrDefault(setup.Position);
        loop.BloodVolumeMilliliters = setup.BloodVolumeMilliliters;
        loop.Vehicle = setup.Vehicle;
        loop.VehicleFractionPercent = setup.VehicleFractionPercent;
        loop.Donor = donor;
    }

    /// <summary>Copies a donor's set-up onto the stored donor (new or edited).</summary>
    private static void Apply(Donor donor, DonorSetup setup)
    {
        donor.PseudonymousId = setup.PseudonymousId.Trim();
        donor.AboGroup = setup.AboGroup;
        donor.Anticoagulant = setup.Anticoagulant.Trim();
        donor.AnticoagulantDoseIuPerMilliliter = setup.AnticoagulantDoseIuPerMilliliter;
        donor.AnticoagulantLot = Trimmed(setup.AnticoagulantLot);
        donor.DrawnAtUtc = DateTime.SpecifyKind(setup.DrawnAtUtc, DateTimeKind.Utc);
        donor.Sex = setup.Sex;
        donor.AgeBand = Trimmed(setup.AgeBand);
        donor.MedicationFreeDays = setup.MedicationFreeDays;
        donor.InfectionScreen = setup.InfectionScreen;
    }

    /// <summary>Copies the tubing of the set-up onto the run.</summary>
    private static void ApplyTubing(Run run, RunSetupRequest request)
    {
        run.TubingMaterial = Trimmed(request.TubingMaterial);
        run.TubingCoating = Trimmed(request.TubingCoating);
        run.TubingInnerDiameterMillimeters = request.TubingInnerDiameterMillimeters;
        run.LoopLengthCentimeters = request.LoopLengthCentimeters;
    }

    private static void AddSamples(ChandlerDbContext db, Loop loop, IReadOnlyList<double> offsets)
    {
        for (var index = 0; index < offsets.Count; index++)
        {
            db.Samples.Add(new Sample { Loop = loop, PlannedOffsetMinutes = offsets[index], ScheduleIndex = index });
        }
    }

    private static string Snapshot(ProtocolTemplate template, RunSetupRequest request)
    {
        var snapshot = new Dictionary<string, object?>
        {
            ["template"] = template,
            ["tubingInnerDiameterMillimeters"] = request.TubingInnerDiameterMillimeters,
            ["loopLengthCentimeters"] = request.LoopLengthCentimeters,
            ["loopInternalVolumeMilliliters"] = LoopGeometry.InternalVolumeMilliliters(request.TubingInnerDiameterMillimeters, request.LoopLengthCentimeters),
        };
        return JsonSerializer.Serialize(snapshot);
    }

    private static async Task<string> NextRunKeyAsync(ChandlerDbContext db, DateTime now, CancellationToken ct)
    {
        var prefix = "R-" + now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
        var keys = await db.Runs.AsNoTracking().Where(r => r.RunKey.StartsWith(prefix)).Select(r => r.RunKey).ToListAsync(ct).ConfigureAwait(false);
        var highest = 0;
        foreach (var key in keys)
        {
            if (int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                highest = Math.Max(highest, number);
            }
        }

        return prefix + (highest + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    private async Task<bool> RunKeyTakenAsync(string runKey, CancellationToken ct)
    {
        await using var db = _databases.CreateDbContext();
        return await db.Runs.AsNoTracking().AnyAsync(r => r.RunKey == runKey, ct).ConfigureAwait(false);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
