using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>ack_sample</c>: the operator took a due sample.</summary>
/// <param name="SampleIndex">0-based index into the run's sampling schedule (0–15).</param>
/// <param name="Tube">Optional tube label, 1–40 characters; null when not given.</param>
public sealed record AckSampleCommand(string RigId, string CommandId, int SampleIndex, string? Tube = null)
    : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.AckSample;
}
