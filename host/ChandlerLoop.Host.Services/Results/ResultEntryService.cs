using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Enters marker results and clot scores (DOMAIN §3, §4 SCORE/ANALYZE) through the audited context:
/// every create, change and delete is in the audit trail with the acting user and (for change and
/// delete) the reason. Refusals throw <see cref="ResultValidationException"/> before anything is written:
/// unknown or inactive user, unknown sample/loop/result, missing reason, locked (approved) run, unknown
/// analyte or unit, value outside DOMAIN §3's hard limits, clot score outside 0–4, bad photo.
/// Values outside the plausible range are stored with <see cref="PlausibilityWarning"/>s.
/// </summary>
public sealed partial class ResultEntryService
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;
    private readonly string? _photoFolder;

    /// <summary>Creates the service; <paramref name="photoFolder"/> is where clot photos are stored (needed only for photos).</summary>
    public ResultEntryService(ChandlerDbContextFactory databases, TimeProvider? clock = null, string? photoFolder = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        _photoFolder = photoFolder;
    }

    /// <summary>Adds a marker result to a sample.</summary>
    public async Task<MarkerResultEntry> AddMarkerResultAsync(MarkerResultInput input, string actingUser, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = Open(actingUser);
        var user = await ResultGuards.RequireUserAsync(db, actingUser, ct).ConfigureAwait(false);
        var sample = await ResultGuards.RequireSampleAsync(db, input.SampleId, ct).ConfigureAwait(false);
        var evaluated = Evaluate(input);
        var warnings = evaluated.Warnings.ToList();
        if (await db.MarkerResults.AnyAsync(r => r.SampleId == sample.Id && r.Analyte == evaluated.Analyte, ct).ConfigureAwait(false))
        {
            warnings.Add(new PlausibilityWarning("duplicate", evaluated.Analyte, evaluated.Value, evaluated.Unit,
                $"Sample {sample.Id} already has a {evaluated.Analyte} result: both are kept; delete one with a reason if this was a repeat entry."));
        }

        var result = new MarkerResult
        {
            SampleId = sample.Id,
            EnteredByUserId = user.Id,
            EnteredAtUtc = _clock.GetUtcNow().UtcDateTime,
            Source = input.Source ?? ResultSources.Manual,
        };
        Apply(result, evaluated, input);
        db.MarkerResults.Add(result);
        ResultGuards.MarkResultsEntered(sample.Loop!.Run!);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new MarkerResultEntry(result.Id, evaluated, warnings);
    }

    /// <summary>Changes a stored marker result (all fields from <paramref name="input"/>); the reason is audited.</summary>
    public async Task<MarkerResultEntry> ChangeMarkerResultAsync(long resultId, MarkerResultInput input, string actingUser, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = Open(actingUser);
        await ResultGuards.RequireUserAsync(db, actingUser, ct).ConfigureAwait(false);
        var result = await FindResultAsync(db, resultId, ct).ConfigureAwait(false);
        ResultGuards.RequireReason(reason, $"change marker result {resultId}");
        if (input.SampleId != result.SampleId)
        {
            await ResultGuards.RequireSampleAsync(db, input.SampleId, ct).ConfigureAwait(false);
        }

        var evaluated = Evaluate(input);
        Apply(result, evaluated, input);
        result.SampleId = input.SampleId;
        if (input.Source is not null)
        {
            result.Source = input.Source;
        }

        await db.SaveChangesAsync(reason, ct).ConfigureAwait(false);
        return new MarkerResultEntry(result.Id, evaluated, evaluated.Warnings);
    }

    /// <summary>Deletes a stored marker result; its values and the reason stay in the audit trail.</summary>
    public async Task DeleteMarkerResultAsync(long resultId, string actingUser, string reason, CancellationToken ct = default)
    {
        await using var db = Open(actingUser);
        await ResultGuards.RequireUserAsync(db, actingUser, ct).ConfigureAwait(false);
        var result = await FindResultAsync(db, resultId, ct).ConfigureAwait(false);
        ResultGuards.RequireReason(reason, $"delete marker result {resultId}");
        db.MarkerResults.Remove(result);
        await db.SaveChangesAsync(reason, ct).ConfigureAwait(false);
    }

    private ChandlerDbContext Open(string actingUser)
    {
        var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        return db;
    }

    private static async Task<MarkerResult> FindResultAsync(ChandlerDbContext db, long resultId, CancellationToken ct)
    {
        var result = await db.MarkerResults.Include(r => r.Sample!).ThenInclude(s => s.Loop!).ThenInclude(l => l.Run!)
            .FirstOrDefaultAsync(r => r.Id == resultId, ct).ConfigureAwait(false)
            ?? throw new ResultValidationException($"Marker result {resultId} does not exist: list the run's results to find its id.");
        ResultGuards.RequireUnlocked(result.Sample!.Loop!.Run!);
        return result;
    }

    private static EvaluatedMarkerValue Evaluate(MarkerResultInput input)
    {
        var evaluated = MarkerValueEvaluator.Evaluate(input);
        var errors = evaluated.Errors.ToList();
        if (input.Source is not null && !ResultSources.IsValid(input.Source))
        {
            errors.Add($"Source '{input.Source}' is not valid: use \"manual\", \"simulated\" or \"import:<file name>\".");
        }

        return errors.Count > 0 ? throw new ResultValidationException(errors) : evaluated;
    }

    private static void Apply(MarkerResult result, EvaluatedMarkerValue evaluated, MarkerResultInput input)
    {
        result.Analyte = evaluated.Analyte;
        result.Value = evaluated.Value;
        result.Unit = evaluated.Unit;
        result.RawValue = evaluated.RawValue;
        result.RawUnit = evaluated.RawUnit;
        result.DilutionFactor = evaluated.DilutionFactor;
        result.LloqValue = evaluated.LloqValue;
        result.UloqValue = evaluated.UloqValue;
        result.IsBelowLloq = evaluated.IsBelowLloq;
        result.IsAboveUloq = evaluated.IsAboveUloq;
        result.Method = string.IsNullOrWhiteSpace(input.Method) ? null : input.Method.Trim();
        result.KitLot = string.IsNullOrWhiteSpace(input.KitLot) ? null : input.KitLot.Trim();
    }
}
