using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>A run as the message handlers need it: ids, keys and state.</summary>
internal sealed record ActiveRun(long RunId, string RunKey, string RigKey, RunState State);
