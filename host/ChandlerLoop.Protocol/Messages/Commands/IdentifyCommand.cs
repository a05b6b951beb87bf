using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>identify</c>: blink the LED and beep so a person can find the rig.</summary>
/// <param name="DurationSeconds">How long, 1–60 s.</param>
public sealed record IdentifyCommand(string RigId, string CommandId, int DurationSeconds)
    : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.Identify;
}
