using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Deviations;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>Rig status: presence, reboots (docs/protocol.md "Rig reboot"), reconnections and lost telemetry.</summary>
public sealed partial class RunOrchestrator
{
    /// <summary>Code of the deviation recorded when a rig reboots during a run.</summary>
    public const string RigRebootCode = "rig_reboot";

    /// <summary>Code of the deviation listing telemetry records that could not be recovered.</summary>
    public const string TelemetryLostCode = "telemetry_lost";

    private async Task OnStatusLockedAsync(RigStatus status)
    {
        var watch = Watch(status.RigId);
        if (!status.Online)
        {
            lock (_rigs)
            {
                watch.Online = false;
                watch.CaughtUp = false;
            }

            return;
        }

        var activeRuns = await ActiveRunsOnRigAsync(status.RigId).ConfigureAwait(false);
        bool reconnected;
        lock (_rigs)
        {
            if (IsStale(status, watch, activeRuns))
            {
                _logger.LogInformation("Ignored an older status of rig {RigKey} (uptime {Uptime} s after {Seen} s, {State}, run {RunKey}): "
                    + "a redelivered or restored message, not a reboot", status.RigId, status.UptimeSeconds, watch.UptimeSeconds,
                    status.State, status.RunId);
                return;
            }

            reconnected = watch.Online != true || !watch.CaughtUp;
            watch.Online = true;
            watch.State = status.State;
            watch.RunKey = status.RunId;
            watch.UptimeSeconds = status.UptimeSeconds;
            watch.CaughtUp = true;
            if (status.State is { } seen && seen != RigState.Idle)
            {
                watch.LastRunState = seen;
                watch.LastRunStateAt = _clock.GetUtcNow();
            }
        }

        foreach (var run in activeRuns)
        {
            var sameRun = run.RunKey == status.RunId;
            if (sameRun && status.State == RigState.Idle)
            {
                await RebootLockedAsync(run, watch, "it reports idle with the run still active (uptime " + status.UptimeSeconds + " s)").ConfigureAwait(false);
                continue;
            }

            if (!sameRun)
            {
                _logger.LogWarning("Rig {RigKey} reports run {RigRun}, but run {RunKey} is active on it", status.RigId, status.RunId, run.RunKey);
                continue;
            }

            var now = _clock.GetUtcNow();
            var fault = status.Fault is { } f && f != RigFault.None ? ProtocolNames.ToWire(f) : null;
            await UpdateRunAsync(run.RunId, r => ApplyRigState(r, status.State!.Value, now, fault)).ConfigureAwait(false);
            if (reconnected)
            {
                await RequestCatchUpAsync(run, "rig " + status.RigId + " is online with the run").ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// True for a status older than one already applied while a run is active on the rig: its uptime is
    /// lower, yet it is not what a rebooted rig sends (idle, naming the interrupted run; docs/protocol.md
    /// "Rig reboot"). QoS 1 redelivers messages whose acknowledgement was lost, and a restarted broker
    /// hands out the retained status it restored, which may be minutes old; taking either for a reboot
    /// would abort a run that is going on. Between runs every status is applied, so a reboot there
    /// simply restarts the uptime seen.
    /// </summary>
    private static bool IsStale(RigStatus status, RigWatch watch, IReadOnlyList<ActiveRun> activeRuns)
    {
        if (activeRuns.Count == 0 || watch.UptimeSeconds is not { } seen || status.UptimeSeconds is not { } uptime || uptime >= seen)
        {
            return false;
        }

        var rebootOfActiveRun = status.State == RigState.Idle && activeRuns.Any(r => r.RunKey == status.RunId);
        return !rebootOfActiveRun;
    }

    private async Task OnRebootSignalLockedAsync(RigWatch watch, string? runKey, string signal)
    {
        foreach (var run in await ActiveRunsOnRigAsync(watch.RigKey).ConfigureAwait(false))
        {
            if (runKey is null || run.RunKey == runKey)
            {
                await RebootLockedAsync(run, watch, signal).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Ends an active run interrupted by a rig reboot: deviation, Aborted ("rig rebooted"), back-fill of what was missed.</summary>
    private async Task RebootLockedAsync(ActiveRun run, RigWatch watch, string signal)
    {
        RigState? lastState;
        DateTimeOffset? lastAt;
        lock (_rigs)
        {
            lastState = watch.LastRunState;
            lastAt = watch.LastRunStateAt;
        }

        TelemetryPoint? lastRecord;
        await using (var db = _databases.CreateDbContext())
        {
            lastRecord = await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == run.RunId && t.State != "idle")
                .OrderByDescending(t => t.Sequence).FirstOrDefaultAsync().ConfigureAwait(false);
        }

        var what = "Rig " + run.RigKey + " rebooted during run " + run.RunKey + " (" + signal + "). Last state seen: "
            + (lastState is { } s ? ProtocolNames.ToWire(s) : run.State.ToString()) + (lastAt is { } at ? " at " + at.UtcDateTime.ToString("u") : "")
            + (lastRecord is null ? "" : "; last record seq " + lastRecord.Sequence + " (" + lastRecord.State + ", exposure " + lastRecord.ExposureSeconds
                + " s) received " + DateTime.SpecifyKind(lastRecord.ReceivedAtUtc, DateTimeKind.Utc).ToString("u"))
            + ". The rig came back idle with the heater off; a blood run cannot be resumed, so it was ended as aborted.";
        _logger.LogError("{What}", what);
        await _deviations.RecordAsync(run.RunId, RigRebootCode, what,
            "The exposure was interrupted: samples after the reboot are missing and the run cannot pass acceptance.").ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        await UpdateRunAsync(run.RunId, r =>
        {
            if (!RunStates.MayFollowRig(r.State))
            {
                return false;
            }

            r.State = RunState.Aborted;
            r.EndedAtUtc ??= now.UtcDateTime;
            r.EndReason = "rig rebooted";
            return true;
        }).ConfigureAwait(false);
        await RequestCatchUpAsync(run, "rig " + run.RigKey + " rebooted").ConfigureAwait(false);
    }

    /// <summary>Asks the rig (in the background) for every record after the highest one stored for the run.</summary>
    private async Task RequestCatchUpAsync(ActiveRun run, string why)
    {
        int highest;
        await using (var db = _databases.CreateDbContext())
        {
            highest = await db.TelemetryPoints.Where(t => t.RunId == run.RunId).MaxAsync(t => (int?)t.Sequence).ConfigureAwait(false) ?? 0;
        }

        var command = new BackfillCommand(run.RigKey, _commandIds.Next(), run.RunKey, highest + 1);
        _logger.LogInformation("{Why}: asking for records {From}.. of run {RunKey} ({CommandId})", why, highest + 1, run.RunKey, command.CommandId);
        StartBackground(async ct => await SendAsync(command, null, ct).ConfigureAwait(false));
    }

    /// <summary>Adds a range of records that will not come back to the run's <c>telemetry_lost</c> deviation (one per run, ranges appended).</summary>
    private async Task RecordLostRecordsLockedAsync(string rigKey, string runKey, SequenceRange lost, string why)
    {
        var run = await FindRunAsync(rigKey, runKey).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        var text = "records " + lost + " (" + lost.Count + " s at 1 record/s): " + why;
        try
        {
            var (deviation, created) = await _deviations.RecordAsync(run.RunId, TelemetryLostCode,
                "Telemetry of run " + run.RunKey + " is incomplete: " + text + ".",
                "The temperature and speed record has gaps: time in band and stoppages cannot be shown for them.").ConfigureAwait(false);
            if (!created && !deviation.What.Contains("records " + lost + " ", StringComparison.Ordinal))
            {
                await using var db = _databases.CreateDbContext();
                db.ActingUserName = DeviationRecorder.SystemUserName;
                db.Clock = _clock;
                var row = await db.Deviations.FirstAsync(d => d.Id == deviation.Id).ConfigureAwait(false);
                row.What = row.What + " Also " + text + ".";
                await db.SaveChangesAsync("further telemetry records lost").ConfigureAwait(false);
            }
        }
        catch (DataIntegrityException exception)
        {
            _logger.LogError(exception, "Could not record lost records {Range} of run {RunKey}", lost, runKey);
            return;
        }

        _logger.LogWarning("Run {RunKey}: {Text}", runKey, text);
        RaiseRunChanged(run.RunId);
    }

    private void OnGapAbandoned(string rigKey, string runKey, SequenceRange gap) =>
        StartBackground(_ => WithGateAsync(() => RecordLostRecordsLockedAsync(rigKey, runKey, gap, "still missing after repeated back-fill requests")));

    /// <summary>Releases the ingest's tracker of an ended run after the release delay; gaps still open become lost records.</summary>
    private void ScheduleTrackerRelease(long runId, string rigKey, string runKey)
    {
        StartBackground(async ct =>
        {
            await Task.Delay(_options.TrackerReleaseDelay, _clock, ct).ConfigureAwait(false);

            // The last sample_taken may follow the end state: acknowledgements are forgotten only now.
            foreach (var key in _acknowledgedBy.Keys.Where(k => k.RunKey == runKey))
            {
                _acknowledgedBy.TryRemove(key, out _);
            }

            if (_ingest is null)
            {
                return;
            }

            var open = await _ingest.ReleaseRunAsync(rigKey, runKey, ct).ConfigureAwait(false);
            foreach (var gap in open)
            {
                await WithGateAsync(() => RecordLostRecordsLockedAsync(rigKey, runKey, gap, "still missing when run " + runId + " ended")).ConfigureAwait(false);
            }
        });
    }

    private void StartBackground(Func<CancellationToken, Task> work)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var id = Interlocked.Increment(ref _backgroundIds);
        var token = _stopping.Token;
        _background[id] = Task.Run(async () =>
        {
            try
            {
                await work(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Stopping.
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Background work of the run orchestrator failed");
            }
            finally
            {
                _background.TryRemove(id, out _);
            }
        }, CancellationToken.None);
    }
}
