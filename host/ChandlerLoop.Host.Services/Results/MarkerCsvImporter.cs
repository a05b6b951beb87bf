using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Imports marker results from instrument CSV exports (cell counter, ELISA reader; DOMAIN §8 host 6).
/// <see cref="PreviewAsync"/> reads and checks everything and writes nothing; <see cref="CommitAsync"/>
/// stores all rows of an error-free preview in one audited transaction (or none), with Source
/// "import:&lt;file name&gt;".
/// </summary>
public sealed class MarkerCsvImporter
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the importer.</summary>
    public MarkerCsvImporter(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Synchronous <see cref="PreviewAsync"/> for callers without an async context.</summary>
    public MarkerImportPreview Preview(Stream csv, string fileName, CsvImportMapping mapping, long runId) =>
        PreviewAsync(csv, fileName, mapping, runId).GetAwaiter().GetResult();

    /// <summary>
    /// Reads <paramref name="csv"/> with <paramref name="mapping"/> for run <paramref name="runId"/>: matches each
    /// line's sample, converts units, applies dilution, flags LLOQ/ULOQ and reports every problem with its
    /// line number and column. Never writes.
    /// </summary>
    public async Task<MarkerImportPreview> PreviewAsync(Stream csv, string fileName, CsvImportMapping mapping, long runId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(mapping);
        await using var db = _databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        var preview = new MarkerImportPreview { RunId = runId, RunKey = run?.RunKey ?? "", FileName = Path.GetFileName(fileName ?? "") };
        if (string.IsNullOrWhiteSpace(preview.FileName))
        {
            preview.FileErrors.Add(new MarkerImportError(0, "", "The file name is empty: it is recorded as the results' source, so give it."));
        }

        if (run is null)
        {
            preview.FileErrors.Add(new MarkerImportError(0, "", $"Run {runId} does not exist: choose the run the results belong to."));
            return preview;
        }

        if (run.IsLocked || run.State == RunState.Approved)
        {
            preview.FileErrors.Add(new MarkerImportError(0, "", $"Run {run.RunKey} is approved and locked: results cannot be added. Record a deviation instead."));
        }

        preview.FileErrors.AddRange(mapping.Validate().Select(e => new MarkerImportError(0, "", e)));
        if (preview.FileErrors.Count > 0)
        {
            return preview;
        }

        var samples = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == runId)
            .Select(s => new ImportSample(s.Id, s.Loop!.Position, s.PlannedOffsetMinutes, s.TubeId))
            .ToListAsync(ct).ConfigureAwait(false);
        ReadFile(csv, mapping, samples, preview);
        FlagDuplicates(preview);
        return preview;
    }

    /// <summary>
    /// Stores every row of <paramref name="preview"/> in one transaction, attributed to <paramref name="actingUser"/>.
    /// Refuses (with <see cref="ResultValidationException"/>, nothing stored) a preview with errors, an unknown
    /// or inactive user, or a run that was locked meanwhile.
    /// </summary>
    public async Task<MarkerImportResult> CommitAsync(MarkerImportPreview preview, string actingUser, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.HasErrors)
        {
            throw new ResultValidationException(
                new[] { $"The preview of '{preview.FileName}' has {preview.Errors.Count} error(s); nothing was imported. Fix the file or mapping and preview again." }
                    .Concat(preview.Errors.Select(e => e.ToString())).ToList());
        }

        if (preview.Rows.Count == 0)
        {
            throw new ResultValidationException($"The preview of '{preview.FileName}' holds no results: nothing to import.");
        }

        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        var user = await ResultGuards.RequireUserAsync(db, actingUser, ct).ConfigureAwait(false);
        var run = await db.Runs.FirstOrDefaultAsync(r => r.Id == preview.RunId, ct).ConfigureAwait(false)
            ?? throw new ResultValidationException($"Run {preview.RunId} does not exist any more: nothing was imported.");
        ResultGuards.RequireUnlocked(run);
        var source = ResultSources.Import(preview.FileName);
        var now = _clock.GetUtcNow().UtcDateTime;
        var results = preview.Rows.Select(row => new MarkerResult
        {
            SampleId = row.SampleId!.Value,
            Analyte = row.Evaluated!.Analyte,
            Value = row.Evaluated.Value,
            Unit = row.Evaluated.Unit,
            RawValue = row.Evaluated.RawValue,
            RawUnit = row.Evaluated.RawUnit,
            DilutionFactor = row.Evaluated.DilutionFactor,
            LloqValue = row.Evaluated.LloqValue,
            UloqValue = row.Evaluated.UloqValue,
            IsBelowLloq = row.Evaluated.IsBelowLloq,
            IsAboveUloq = row.Evaluated.IsAboveUloq,
            Method = row.Input.Method,
            KitLot = row.Input.KitLot,
            EnteredByUserId = user.Id,
            EnteredAtUtc = now,
            Source = source,
        }).ToList();
        db.MarkerResults.AddRange(results);
        ResultGuards.MarkResultsEntered(run);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new MarkerImportResult(results.Select(r => r.Id).ToList(), source);
    }

    private static void ReadFile(Stream stream, CsvImportMapping mapping, IReadOnlyList<ImportSample> samples, MarkerImportPreview preview)
    {
        var malformed = new List<MarkerImportError>();
        var options = new CsvReaderOptions
        {
            Separator = mapping.Separator,
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new MarkerImportError((int)record.LineNumber, "",
                $"Malformed CSV ({record.Reason}): '{record.RawRecord}'. Fix the quoting of this line; it was not read.")),
        };
        using var csv = CsvReader.Create(stream, options, true);
        try
        {
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            if (headers.Count == 0 || headers.All(h => h.Length == 0))
            {
                preview.FileErrors.Add(new MarkerImportError(1, "", "The file is empty: export the results with a header line."));
                return;
            }

            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Count; i++)
            {
                columns.TryAdd(headers[i], i);
            }

            foreach (var column in RequiredColumns(mapping).Where(c => !columns.ContainsKey(c)))
            {
                preview.FileErrors.Add(new MarkerImportError(1, column,
                    $"Column '{column}' is missing from the header; the file has {string.Join(", ", headers.Select(h => "'" + h + "'"))}: fix the mapping or the export."));
            }

            if (preview.FileErrors.Count > 0)
            {
                return;
            }

            var lineReader = new MarkerCsvLineReader(mapping, samples, columns);
            while (csv.Read())
            {
                preview.Rows.AddRange(lineReader.Read(csv, (int)csv.LineNumber));
            }
        }
        catch (CsvFormatException ex)
        {
            preview.FileErrors.Add(new MarkerImportError((int)ex.LineNumber, "", "The file could not be read as CSV: " + ex.Message));
        }

        preview.FileErrors.AddRange(malformed);
        if (preview.Rows.Count == 0 && preview.FileErrors.Count == 0)
        {
            preview.FileErrors.Add(new MarkerImportError(2, "", "The file has a header but no result lines."));
        }
    }

    private static IEnumerable<string> RequiredColumns(CsvImportMapping mapping)
    {
        var optional = new[] { mapping.UnitColumn, mapping.DilutionColumn, mapping.LloqColumn, mapping.UloqColumn, mapping.KitLotColumn };
        var sample = string.IsNullOrWhiteSpace(mapping.TubeIdColumn) ? new[] { mapping.LoopPositionColumn, mapping.OffsetMinutesColumn } : new[] { mapping.TubeIdColumn };
        var values = mapping.Layout == CsvImportLayout.Long ? new[] { mapping.AnalyteColumn, mapping.ValueColumn } : mapping.AnalyteColumns.Keys.ToArray<string?>();
        return sample.Concat(values).Concat(optional).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim());
    }

    private static void FlagDuplicates(MarkerImportPreview preview)
    {
        foreach (var group in preview.Rows.Where(r => r.SampleId is not null && r.Evaluated is not null)
                     .GroupBy(r => (r.SampleId, r.Evaluated!.Analyte)).Where(g => g.Count() > 1))
        {
            var lines = string.Join(", ", group.Select(r => r.LineNumber));
            foreach (var row in group.Skip(1))
            {
                row.Errors.Add(new MarkerImportError(row.LineNumber, "", $"{row.SampleLabel} has {group.Key.Analyte} more than once (lines {lines}): keep one line per sample and analyte (average replicate wells first)."));
            }
        }
    }
}
