using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>The rig's events (docs/protocol.md "events"), applied to the run they name. Called under the gate.</summary>
public sealed partial class RunOrchestrator
{
    private const string EventSequenceRestarted = "its event numbering (eseq) restarted at 1";

    /// <summary>Notes an event's <c>eseq</c>; true when it restarted at 1 after a higher one (the rig booted again).</summary>
    private bool NoteEventSequence(Protocol.Messages.Events.RigEvent rigEvent, out RigWatch watch)
    {
        watch = Watch(rigEvent.RigId);
        lock (_rigs)
        {
            var restarted = rigEvent.EventSequence == 1 && watch.LastEventSequence > 1;
            if (restarted || rigEvent.EventSequence > watch.LastEventSequence)
            {
                watch.LastEventSequence = rigEvent.EventSequence;
            }

            return restarted;
        }
    }

    private async Task OnEventLockedAsync(Protocol.Messages.Events.RigEvent rigEvent)
    {
        if (NoteEventSequence(rigEvent, out var watch))
        {
            await OnRebootSignalLockedAsync(watch, rigEvent.RunId, EventSequenceRestarted).ConfigureAwait(false);
        }

        switch (rigEvent)
        {
            case StateChangedEvent changed:
                await OnStateChangedLockedAsync(watch, changed).ConfigureAwait(false);
                break;
            case SampleDueEvent due when await FindRunAsync(due.RigId, due.RunId).ConfigureAwait(false) is { } run:
                RaiseSampleDue(run.RunId, due.SampleIndex, due.OffsetMinutes);
                break;
            case SampleTakenEvent taken when await FindRunAsync(taken.RigId, taken.RunId).ConfigureAwait(false) is { } run:
                await RecordSamplesAsync(run, taken).ConfigureAwait(false);
                break;
            case FaultLatchedEvent fault:
                await OnFaultLockedAsync(watch, fault).ConfigureAwait(false);
                break;
        }
    }

    private async Task OnStateChangedLockedAsync(RigWatch watch, StateChangedEvent changed)
    {
        var now = _clock.GetUtcNow();
        string? fault;
        lock (_rigs)
        {
            watch.State = changed.To;
            watch.RunKey = changed.RunId;
            if (changed.To != RigState.Idle)
            {
                watch.LastRunState = changed.To;
                watch.LastRunStateAt = now;
            }

            fault = watch.LastFault;
        }

        var run = await FindRunAsync(changed.RigId, changed.RunId).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        await UpdateRunAsync(run.RunId, r => ApplyRigState(r, changed.To, now, fault)).ConfigureAwait(false);
    }

    private async Task OnFaultLockedAsync(RigWatch watch, FaultLatchedEvent fault)
    {
        var name = ProtocolNames.ToWire(fault.Fault);
        lock (_rigs)
        {
            watch.LastFault = name;
        }

        var run = await FindRunAsync(fault.RigId, fault.RunId).ConfigureAwait(false);
        if (run is null || !(RunStates.IsActive(run.State) || run.State == RunState.Faulted))
        {
            _logger.LogWarning("Rig {RigKey} latched fault {Fault} outside a run", fault.RigId, name);
            return;
        }

        var what = "Rig " + fault.RigId + " latched fault " + name + " during run " + run.RunKey + " (state " + run.State
            + (fault.Value is { } v ? ", value " + v : "") + (fault.Limit is { } l ? ", limit " + l : "")
            + ") at rig time " + fault.TimeSinceBootSeconds + " s; the rig stops heating when a fault latches.";
        await _deviations.RecordAsync(run.RunId, "rig_fault_" + name, what,
            "The exposure conditions were not held from this time on; the run cannot pass acceptance without review.").ConfigureAwait(false);
        RaiseRunChanged(run.RunId);
    }
}
