using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>What a command needs to know of its run, read once before sending.</summary>
internal sealed record RunContext(
    long RunId,
    string RunKey,
    string RigKey,
    RunState State,
    bool IsLocked,
    string SnapshotJson,
    ProtocolTemplate Template,
    IReadOnlyList<int> ScheduleIndexes);
