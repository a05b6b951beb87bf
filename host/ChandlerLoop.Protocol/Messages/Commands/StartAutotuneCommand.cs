using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>start_autotune</c>: run a relay autotune around a set-point (state idle, no fault latched).</summary>
/// <param name="SetpointCelsius">Autotune set-point, 20–39 °C.</param>
public sealed record StartAutotuneCommand(string RigId, string CommandId, double SetpointCelsius)
    : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.StartAutotune;
}
