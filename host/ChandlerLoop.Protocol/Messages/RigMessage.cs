using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Messages;

/// <summary>
/// A message of protocol version 1 (docs/protocol.md). Every message carries <c>v</c> (always 1, written
/// by the encoder), <c>type</c> (implied by the subclass) and <c>rig</c>, which must equal the
/// <c>{rig}</c> level of the topic it travels on.
/// </summary>
/// <param name="RigId">The rig id, e.g. <c>rig-01</c>.</param>
public abstract record RigMessage(string RigId)
{
    /// <summary>The topic kind this message travels on (<c>status</c>, <c>telemetry</c>, <c>events</c>, <c>commands</c>).</summary>
    public abstract RigTopicKind TopicKind { get; }

    /// <summary>The topic this message is published to: <c>chandler/v1/{RigId}/{kind}</c>.</summary>
    public string Topic => RigTopics.For(RigId, TopicKind);
}
