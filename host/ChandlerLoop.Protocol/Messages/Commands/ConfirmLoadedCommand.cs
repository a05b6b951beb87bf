using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>confirm_loaded</c>: the loops are loaded; the rig (in <c>ready</c>) starts rotating and sets t0.</summary>
public sealed record ConfirmLoadedCommand(string RigId, string CommandId) : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.ConfirmLoaded;
}
