using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>clear_fault</c>: clear the latched fault once its condition is gone.</summary>
public sealed record ClearFaultCommand(string RigId, string CommandId) : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.ClearFault;
}
