namespace ChandlerLoop.Protocol.Topics;

/// <summary>A parsed rig topic: which rig, and which of its four topics.</summary>
/// <param name="RigId">The <c>{rig}</c> level, a valid rig id.</param>
/// <param name="Kind">The last level.</param>
public readonly record struct RigTopic(string RigId, RigTopicKind Kind)
{
    /// <summary>The topic name, <c>chandler/v1/{rig}/{kind}</c>.</summary>
    public override string ToString() => RigTopics.For(RigId, Kind);
}
