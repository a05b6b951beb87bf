using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary>
/// An event on <c>chandler/v1/{rig}/events</c> (docs/protocol.md, "events"). Each kind is a subclass
/// carrying its own fields.
/// </summary>
/// <param name="RigId">The rig id.</param>
/// <param name="RunId">Run id, or null when no run has been started since boot.</param>
/// <param name="EventSequence">1 .. 2³¹−1, +1 per event since boot; a jump means lost events.</param>
/// <param name="TimeSinceBootSeconds">Rig time since boot, s (1 decimal on the wire).</param>
public abstract record RigEvent(string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds)
    : RigMessage(RigId)
{
    /// <inheritdoc/>
    public override RigTopicKind TopicKind => RigTopicKind.Events;

    /// <summary>The <c>event</c> field.</summary>
    public abstract RigEventKind Kind { get; }
}
