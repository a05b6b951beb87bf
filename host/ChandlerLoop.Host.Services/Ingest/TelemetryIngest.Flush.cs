using System.Data.Common;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>Writing batches: one transaction per batch, (run, seq) at most once.</summary>
public sealed partial class TelemetryIngest
{
    private readonly ChandlerDbContextFactory _databases;
    private readonly RunDirectory _directory;
    private readonly BackfillScheduler _scheduler;
    private readonly IngestCounterFields _counters = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string RigKey, string RunKey), TelemetrySequenceTracker> _trackers = [];
    private readonly HashSet<(string RigKey, string RunKey)> _reportedUnknownRuns = [];
    private IngestBatch? _retry;

    /// <summary>
    /// Writes everything received so far, then asks for the back-fills that are due. The background loop
    /// calls this every <see cref="TelemetryIngestOptions.FlushInterval"/>; calling it directly (e.g. in
    /// tests, or before shutting down) is safe: flushes run one at a time. A batch the database refuses is
    /// kept, counted in <see cref="TelemetryIngestCounters.FailedFlushes"/>, logged and retried next time.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await WritePendingLockedAsync(ct).ConfigureAwait(false);
            await RequestBackfillsLockedAsync(ct).ConfigureAwait(false);
            Interlocked.Increment(ref _counters.Flushes);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WritePendingAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await WritePendingLockedAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WritePendingLockedAsync(CancellationToken ct)
    {
        // Under a sustained load the queue refills while a batch is written: stop after about what was
        // pending at the start (and at least one batch), so every cycle also gets to its back-fill check.
        var batches = Math.Max(1, (Volatile.Read(ref _pendingCount) / _options.MaximumBatchRecords) + 1);
        for (var round = 0; round < batches; round++)
        {
            var batch = _retry ?? TakeBatch();
            _retry = null;
            if (batch.Count == 0)
            {
                return;
            }

            bool written;
            try
            {
                written = await TryWriteAsync(batch, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping (DisposeAsync cancels the loop, then writes what is pending): keep the batch
                // taken from the queue, or its records would be neither stored nor counted.
                _retry = batch;
                throw;
            }

            if (!written)
            {
                _retry = batch;
                return;
            }

            Interlocked.Add(ref _pendingCount, -batch.Count);
            if (batch.Telemetry.Count < _options.MaximumBatchRecords && batch.Events.Count < _options.MaximumBatchRecords)
            {
                return;
            }
        }
    }

    private IngestBatch TakeBatch()
    {
        var batch = new IngestBatch();
        while (batch.Telemetry.Count < _options.MaximumBatchRecords && _telemetry.TryDequeue(out var record))
        {
            batch.Telemetry.Add(record);
        }

        while (batch.Events.Count < _options.MaximumBatchRecords && _events.TryDequeue(out var rigEvent))
        {
            batch.Events.Add(rigEvent);
        }

        return batch;
    }

    /// <summary>
    /// Writes a batch. The first attempt trusts the run's tracker (seeded from the stored rows when the run
    /// was first seen, and updated by every batch this ingest commits), so it costs no query per run; a
    /// unique-index conflict (another writer stored some of the same records) is retried once with a
    /// database check of every run in the batch, which then finds them.
    /// </summary>
    private async Task<bool> TryWriteAsync(IngestBatch batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(batch, checkDatabase: attempt > 1, ct).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException exception) when (attempt == 1)
            {
                _logger.LogInformation(exception, "A batch conflicted with rows written meanwhile; checking again");
            }
            catch (Exception exception) when (exception is DbUpdateException or DbException or InvalidOperationException)
            {
                Interlocked.Increment(ref _counters.FailedFlushes);
                _logger.LogError(exception, "Could not write {Count} telemetry records and events; they are kept and retried", batch.Count);
                return false;
            }
        }
    }

    private async Task WriteAsync(IngestBatch batch, bool checkDatabase, CancellationToken ct)
    {
        await using var db = _databases.CreateDbContext();
        var accepted = new List<(TelemetrySequenceTracker Tracker, int Sequence)>();
        long stored = 0, duplicates = 0, unknownRun = 0, invalid = 0, locked = 0;
        var points = new List<TelemetryPoint>();
        var lockedRuns = await LockedRunKeysAsync(db, batch, ct).ConfigureAwait(false);
        foreach (var group in batch.Telemetry.GroupBy(p => (p.Record.RigId, p.RunKey)))
        {
            if (lockedRuns.Contains(group.Key.RunKey))
            {
                locked += group.Count();
                continue;
            }

            var run = await _directory.FindRunAsync(db, group.Key.RunKey, ct).ConfigureAwait(false);
            if (run is not { } found || found.RigKey != group.Key.RigId)
            {
                unknownRun += group.Count();
                ReportUnknownRun(group.Key.RigId, group.Key.RunKey, run?.RigKey);
                continue;
            }

            var tracker = await GetTrackerAsync(db, group.Key.RigId, group.Key.RunKey, found.RunId, ct).ConfigureAwait(false);
            var candidates = new SortedDictionary<int, PendingTelemetry>();
            foreach (var pending in group)
            {
                var sequence = pending.Record.Sequence;
                if (sequence < 1 || sequence > int.MaxValue)
                {
                    invalid++;
                }
                else if (tracker.Contains(sequence) || !candidates.TryAdd((int)sequence, pending))
                {
                    duplicates++;
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            List<int> existing = [];
            if (checkDatabase)
            {
                var sequences = candidates.Keys.ToList();
                existing = await db.TelemetryPoints.AsNoTracking()
                    .Where(t => t.RunId == found.RunId && sequences.Contains(t.Sequence))
                    .Select(t => t.Sequence)
                    .ToListAsync(ct).ConfigureAwait(false);
            }

            foreach (var sequence in existing)
            {
                candidates.Remove(sequence);
                accepted.Add((tracker, sequence));
                duplicates++;
            }

            foreach (var (sequence, pending) in candidates)
            {
                points.Add(ToPoint(found.RunId, pending));
                accepted.Add((tracker, sequence));
                stored++;
            }
        }

        foreach (var pending in batch.Events)
        {
            db.RigEvents.Add(await ToRowAsync(db, pending, ct).ConfigureAwait(false));
        }

        // Rows and events in one transaction: both or neither.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await TelemetryRowWriter.InsertAsync(db, points, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        foreach (var (tracker, sequence) in accepted)
        {
            tracker.Accept(sequence);
        }

        Interlocked.Add(ref _counters.StoredTelemetry, stored);
        Interlocked.Add(ref _counters.DuplicateTelemetry, duplicates);
        Interlocked.Add(ref _counters.UnknownRunTelemetry, unknownRun);
        Interlocked.Add(ref _counters.InvalidSequenceTelemetry, invalid);
        Interlocked.Add(ref _counters.LockedRunTelemetry, locked);
        Interlocked.Add(ref _counters.StoredEvents, batch.Events.Count);
    }

    /// <summary>The run's tracker; a new one holds every sequence number already stored for the run.</summary>
    private async Task<TelemetrySequenceTracker> GetTrackerAsync(ChandlerDbContext db, string rigKey, string runKey, long runId, CancellationToken ct)
    {
        if (_trackers.TryGetValue((rigKey, runKey), out var tracker))
        {
            return tracker;
        }

        tracker = new TelemetrySequenceTracker();
        var stored = await db.TelemetryPoints.AsNoTracking()
            .Where(t => t.RunId == runId)
            .OrderBy(t => t.Sequence)
            .Select(t => t.Sequence)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var sequence in stored)
        {
            tracker.Accept(sequence);
        }

        _trackers.Add((rigKey, runKey), tracker);
        return tracker;
    }

    private async Task<Data.Entities.RigEvent> ToRowAsync(ChandlerDbContext db, PendingEvent pending, CancellationToken ct)
    {
        var rigEvent = pending.Event;
        long? runId = null;
        if (rigEvent.RunId is not null
            && await _directory.FindRunAsync(db, rigEvent.RunId, ct).ConfigureAwait(false) is { } run
            && run.RigKey == rigEvent.RigId)
        {
            runId = run.RunId;
        }

        return new Data.Entities.RigEvent
        {
            RigId = await _directory.GetRigIdAsync(rigEvent.RigId, ct).ConfigureAwait(false),
            RunId = runId,
            Kind = ProtocolNames.ToWire(rigEvent.Kind),
            TimeSinceBootSeconds = rigEvent.TimeSinceBootSeconds,
            ReceivedAtUtc = pending.ReceivedAtUtc.UtcDateTime,
            PayloadJson = pending.PayloadJson,
        };
    }

    private static TelemetryPoint ToPoint(long runId, PendingTelemetry pending)
    {
        var record = pending.Record;
        return new TelemetryPoint
        {
            RunId = runId,
            Sequence = (int)record.Sequence,
            TimeSinceBootSeconds = record.TimeSinceBootSeconds,
            ReceivedAtUtc = pending.ReceivedAtUtc.UtcDateTime,
            State = ProtocolNames.ToWire(record.State),
            ControlTemperatureCelsius = record.ControlTemperatureCelsius,
            SafetyTemperatureCelsius = record.SafetyTemperatureCelsius,
            SetpointCelsius = record.SetpointCelsius,
            HeaterDutyCycle = record.HeaterDutyCycle,
            DrumSpeedRpm = record.DrumSpeedRpm,
            DrumSpeedSetpointRpm = record.DrumSpeedSetpointRpm,
            ExposureSeconds = record.ExposureSeconds,
            Fault = ProtocolNames.ToWire(record.Fault),
            WasReplayed = record.Replay,
        };
    }

    private void ReportUnknownRun(string rigKey, string runKey, string? ownerRigKey)
    {
        if (!_reportedUnknownRuns.Add((rigKey, runKey)))
        {
            return;
        }

        if (ownerRigKey is null)
        {
            _logger.LogWarning("Telemetry of run {RunKey} from rig {RigKey} is not stored: no run with that id exists", runKey, rigKey);
        }
        else
        {
            _logger.LogWarning("Telemetry of run {RunKey} from rig {RigKey} is not stored: that run belongs to rig {OwnerRigKey}", runKey, rigKey, ownerRigKey);
        }
    }
}
