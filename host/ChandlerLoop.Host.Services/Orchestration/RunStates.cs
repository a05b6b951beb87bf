using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>How the rig's run states (docs/protocol.md) map onto <see cref="RunState"/>, and which run states the rig still drives.</summary>
internal static class RunStates
{
    /// <summary>The run state for a rig state; null for <c>idle</c>, which no run is in.</summary>
    public static RunState? FromRig(RigState state) => state switch
    {
        RigState.PreWarming => RunState.PreWarming,
        RigState.Ready => RunState.Ready,
        RigState.Running => RunState.Running,
        RigState.SampleDue => RunState.SampleDue,
        RigState.Completed => RunState.Completed,
        RigState.Aborted => RunState.Aborted,
        RigState.Faulted => RunState.Faulted,
        _ => null,
    };

    /// <summary>True while the rig runs the run: pre-warming up to a due sample.</summary>
    public static bool IsActive(RunState state) => state is RunState.PreWarming or RunState.Ready or RunState.Running or RunState.SampleDue;

    /// <summary>True for the states a run ends in on the rig.</summary>
    public static bool IsEnded(RunState state) => state is RunState.Completed or RunState.Aborted or RunState.Faulted;

    /// <summary>True when a rig state may still be applied to a run in <paramref name="current"/> (never backwards out of an end or a later lab state).</summary>
    public static bool MayFollowRig(RunState current) => current == RunState.Draft || IsActive(current);
}
