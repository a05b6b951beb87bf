using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>Preconditions checked on the host before a command is sent, each refusal saying what to do.</summary>
public sealed partial class RunOrchestrator
{
    private async Task<(RunContext? Context, CommandOutcome? Refusal)> CheckAsync(long runId, string action, RunState[] allowed, CancellationToken ct)
    {
        await using var db = _databases.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Rig).Include(r => r.ProtocolTemplate)
            .FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        if (run is null || run.Rig is null || run.ProtocolTemplate is null)
        {
            return (null, CommandOutcome.RefusedByHost(HostRefusals.RunNotFound, "There is no run with id " + runId + ": create it with run setup first."));
        }

        if (run.IsLocked)
        {
            return (null, CommandOutcome.RefusedByHost(HostRefusals.RunLocked, "Run " + run.RunKey + " is approved and locked: nothing of it can change."));
        }

        if (!allowed.Contains(run.State))
        {
            return (null, CommandOutcome.RefusedByHost(HostRefusals.WrongRunState,
                "Cannot " + action + " run " + run.RunKey + ": it is " + run.State + ", and this needs " + string.Join(" or ", allowed) + "."));
        }

        var offline = RigOfflineRefusal(run.Rig.RigKey);
        if (offline is not null)
        {
            return (null, offline);
        }

        var other = await db.Runs.AsNoTracking()
            .Where(r => r.RigId == run.RigId && r.Id != run.Id
                && (r.State == RunState.PreWarming || r.State == RunState.Ready || r.State == RunState.Running || r.State == RunState.SampleDue))
            .Select(r => r.RunKey)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (other is not null)
        {
            return (null, CommandOutcome.RefusedByHost(HostRefusals.RigBusy,
                "Rig " + run.Rig.RigKey + " is busy with run " + other + ": finish or abort that run first."));
        }

        var (state, rigRun) = RigSnapshot(run.Rig.RigKey);
        if (state is RigState.PreWarming or RigState.Ready or RigState.Running or RigState.SampleDue && rigRun != run.RunKey)
        {
            return (null, CommandOutcome.RefusedByHost(HostRefusals.RigBusy,
                "Rig " + run.Rig.RigKey + " reports it is " + ProtocolNames.ToWire(state.Value) + " with run " + (rigRun ?? "(none)") + ": abort that run on the rig first."));
        }

        var indexes = await db.Samples.AsNoTracking().Where(s => s.Loop!.RunId == run.Id)
            .Select(s => s.ScheduleIndex).Distinct().OrderBy(i => i).ToListAsync(ct).ConfigureAwait(false);
        return (new RunContext(run.Id, run.RunKey, run.Rig.RigKey, run.State, run.IsLocked, run.ProtocolSnapshotJson, run.ProtocolTemplate, indexes), null);
    }

    /// <summary>True when the rig's last status (since <see cref="StartAsync"/>) says it is online.</summary>
    public bool IsRigOnline(string rigKey)
    {
        lock (_rigs)
        {
            return _rigs.TryGetValue(rigKey, out var watch) && watch.Online == true;
        }
    }

    private CommandOutcome? RigOfflineRefusal(string rigKey)
    {
        lock (_rigs)
        {
            if (!_rigs.TryGetValue(rigKey, out var watch) || watch.Online is null)
            {
                return CommandOutcome.RefusedByHost(HostRefusals.RigOffline,
                    "No status has been received from rig " + rigKey + ": check that it is powered and connected to the broker.");
            }

            if (watch.Online == false)
            {
                return CommandOutcome.RefusedByHost(HostRefusals.RigOffline,
                    "Rig " + rigKey + " is offline: check its power and network, wait for it to reconnect, then try again.");
            }
        }

        return null;
    }

    private (RigState? State, string? RunKey) RigSnapshot(string rigKey)
    {
        lock (_rigs)
        {
            return _rigs.TryGetValue(rigKey, out var watch) ? (watch.State, watch.RunKey) : (null, null);
        }
    }

    private RigWatch Watch(string rigKey)
    {
        lock (_rigs)
        {
            if (!_rigs.TryGetValue(rigKey, out var watch))
            {
                watch = new RigWatch(rigKey);
                _rigs.Add(rigKey, watch);
            }

            return watch;
        }
    }
}
