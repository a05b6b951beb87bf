using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>backfill</c>: re-send telemetry records of the current or last run, marked as replay.</summary>
/// <param name="RunId">The run.</param>
/// <param name="FromSequence">First sequence number wanted, ≥ 1.</param>
/// <param name="ToSequence">Last sequence number wanted (≥ <paramref name="FromSequence"/>), or null for "to the newest".</param>
public sealed record BackfillCommand(string RigId, string CommandId, string RunId, long FromSequence, long? ToSequence = null)
    : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.Backfill;
}
