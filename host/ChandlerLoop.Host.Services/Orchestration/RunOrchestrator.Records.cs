using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Deviations;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>Writing what the rig reported: run state and time stamps, samples, loops.</summary>
public sealed partial class RunOrchestrator
{
    private const string AbortedOnRigReason = "aborted on the rig";

    private async Task<List<ActiveRun>> LoadActiveRunsAsync(CancellationToken ct)
    {
        await using var db = _databases.CreateDbContext();
        return await db.Runs.AsNoTracking()
            .Where(r => r.State == RunState.PreWarming || r.State == RunState.Ready || r.State == RunState.Running || r.State == RunState.SampleDue)
            .Select(r => new ActiveRun(r.Id, r.RunKey, r.Rig!.RigKey, r.State))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    private async Task<List<ActiveRun>> ActiveRunsOnRigAsync(string rigKey)
    {
        var all = await LoadActiveRunsAsync(CancellationToken.None).ConfigureAwait(false);
        return all.Where(r => r.RigKey == rigKey).ToList();
    }

    /// <summary>The run with key <paramref name="runKey"/> on rig <paramref name="rigKey"/>; null when none (or on another rig).</summary>
    private async Task<ActiveRun?> FindRunAsync(string rigKey, string? runKey)
    {
        if (runKey is null)
        {
            return null;
        }

        await using var db = _databases.CreateDbContext();
        return await db.Runs.AsNoTracking()
            .Where(r => r.RunKey == runKey && r.Rig!.RigKey == rigKey)
            .Select(r => new ActiveRun(r.Id, r.RunKey, r.Rig!.RigKey, r.State))
            .FirstOrDefaultAsync().ConfigureAwait(false);
    }

    /// <summary>Changes a run (unless locked) when <paramref name="change"/> returns true; raises <see cref="RunChanged"/>.</summary>
    private async Task<bool> UpdateRunAsync(long runId, Func<Run, bool> change)
    {
        RunState? endedIn = null;
        string? runKey = null, rigKey = null;
        await using (var db = _databases.CreateDbContext())
        {
            db.ActingUserName = DeviationRecorder.SystemUserName;
            db.Clock = _clock;
            var run = await db.Runs.Include(r => r.Rig).FirstOrDefaultAsync(r => r.Id == runId).ConfigureAwait(false);
            if (run is null || run.IsLocked)
            {
                return false;
            }

            var wasEnded = RunStates.IsEnded(run.State);
            if (!change(run))
            {
                return false;
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            if (!wasEnded && RunStates.IsEnded(run.State))
            {
                endedIn = run.State;
                runKey = run.RunKey;
                rigKey = run.Rig!.RigKey;
            }
        }

        RaiseRunChanged(runId);
        if (endedIn is not null)
        {
            _logger.LogInformation("Run {RunKey} on rig {RigKey} ended {State}", runKey, rigKey, endedIn);
            ScheduleTrackerRelease(runId, rigKey!, runKey!);
        }

        return true;
    }

    /// <summary>Applies a rig state to a run (never backwards out of an end state); true when something changed.</summary>
    private bool ApplyRigState(Run run, RigState rigState, DateTimeOffset now, string? fault)
    {
        var target = RunStates.FromRig(rigState);
        if (target is not { } state || !RunStates.MayFollowRig(run.State))
        {
            return false;
        }

        var at = now.UtcDateTime;
        var before = (run.State, run.PrewarmStartedAtUtc, run.ReadyAtUtc, run.LoadedAtUtc, run.EndedAtUtc, run.EndReason);
        run.State = state;
        switch (state)
        {
            case RunState.PreWarming:
                run.PrewarmStartedAtUtc ??= at;
                break;
            case RunState.Ready:
                run.PrewarmStartedAtUtc ??= at;
                run.ReadyAtUtc ??= at;
                break;
            case RunState.Running or RunState.SampleDue:
                run.LoadedAtUtc ??= at;
                break;
            case RunState.Completed:
                run.EndedAtUtc ??= at;
                run.EndReason ??= "completed";
                break;
            case RunState.Aborted:
                run.EndedAtUtc ??= at;
                run.EndReason ??= AbortedOnRigReason;
                break;
            case RunState.Faulted:
                run.EndedAtUtc ??= at;
                run.EndReason ??= "rig fault " + (fault ?? "(unknown)");
                break;
        }

        return before != (run.State, run.PrewarmStartedAtUtc, run.ReadyAtUtc, run.LoadedAtUtc, run.EndedAtUtc, run.EndReason);
    }

    private Task OnPrewarmAcceptedAsync(RunContext context, CommandResultEvent result)
    {
        lock (_rigs)
        {
            var watch = Watch(context.RigKey);
            watch.RunKey = context.RunKey;
            watch.State = RigState.PreWarming;
        }

        return UpdateRunAsync(context.RunId, run => ApplyRigState(run, RigState.PreWarming, _clock.GetUtcNow(), null));
    }

    private async Task OnLoadedAcceptedAsync(RunContext context, string actingUser)
    {
        var now = _clock.GetUtcNow();
        await UpdateRunAsync(context.RunId, run => ApplyRigState(run, RigState.Running, now, null)).ConfigureAwait(false);
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = actingUser;
        db.Clock = _clock;
        var loops = await db.Loops.Where(l => l.RunId == context.RunId && l.LoadedAtUtc == null).ToListAsync().ConfigureAwait(false);
        foreach (var loop in loops)
        {
            loop.LoadedAtUtc = now.UtcDateTime;
        }

        if (loops.Count > 0)
        {
            await db.SaveChangesAsync("loops loaded: confirm_loaded accepted by the rig (t0)").ConfigureAwait(false);
        }
    }

    private Task OnAbortAcceptedAsync(long runId, string endReason)
    {
        var now = _clock.GetUtcNow();
        return UpdateRunAsync(runId, run =>
        {
            if (!RunStates.MayFollowRig(run.State) && run.State != RunState.Aborted)
            {
                return false;
            }

            // The rig's state_changed may have come first with the generic reason: the operator's is more precise.
            if (run.EndReason is null || run.EndReason == AbortedOnRigReason)
            {
                run.EndReason = endReason;
            }

            ApplyRigState(run, RigState.Aborted, now, null);
            return true;
        });
    }

    /// <summary>Records sample <paramref name="taken"/> on every loop of the run (once; later repeats change nothing).</summary>
    private async Task RecordSamplesAsync(ActiveRun run, SampleTakenEvent taken)
    {
        var user = _acknowledgedBy.TryRemove((run.RunKey, taken.SampleIndex), out var by) ? by : DeviationRecorder.SystemUserName;
        await using var db = _databases.CreateDbContext();
        db.ActingUserName = user;
        db.Clock = _clock;
        var samples = await db.Samples.Where(s => s.Loop!.RunId == run.RunId && s.ScheduleIndex == taken.SampleIndex && s.TakenAtUtc == null)
            .ToListAsync().ConfigureAwait(false);
        if (samples.Count == 0)
        {
            return;
        }

        var at = _clock.GetUtcNow().UtcDateTime;
        foreach (var sample in samples)
        {
            sample.TakenAtUtc = at;
            sample.TubeId = taken.Tube;
            sample.ActualExposureSeconds = taken.ActualExposureSeconds;
        }

        try
        {
            await db.SaveChangesAsync("sample " + taken.SampleIndex + " taken (rig sample_taken, exposure " + taken.ActualExposureSeconds + " s)").ConfigureAwait(false);
        }
        catch (DataIntegrityException exception)
        {
            _logger.LogError(exception, "Could not record sample {Index} of run {RunKey}", taken.SampleIndex, run.RunKey);
            return;
        }

        RaiseRunChanged(run.RunId);
    }
}
