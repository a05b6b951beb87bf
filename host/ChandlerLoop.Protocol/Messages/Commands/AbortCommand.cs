using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>abort</c>: stop the active run.</summary>
/// <param name="Reason">Why; any reason except <see cref="RunAbortReason.PowerLost"/>.</param>
/// <param name="Note">Optional note, at most 200 characters, logged by the host; null when not given.</param>
public sealed record AbortCommand(string RigId, string CommandId, RunAbortReason Reason, string? Note = null)
    : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.Abort;
}
