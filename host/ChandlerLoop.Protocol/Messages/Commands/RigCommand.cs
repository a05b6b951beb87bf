using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary>
/// A command on <c>chandler/v1/{rig}/commands</c> (docs/protocol.md, "commands"). The rig answers every
/// <see cref="CommandId"/> exactly once with a <c>command_result</c> event and ignores repeats, so a host
/// must never reuse an id (see <see cref="ChandlerLoop.Protocol.Commands.CommandIdGenerator"/>).
/// </summary>
/// <param name="RigId">The rig the command is for.</param>
/// <param name="CommandId">1–40 characters of <c>A-Za-z0-9-_</c>, unique.</param>
public abstract record RigCommand(string RigId, string CommandId) : RigMessage(RigId)
{
    /// <inheritdoc/>
    public override RigTopicKind TopicKind => RigTopicKind.Commands;

    /// <summary>The <c>cmd</c> field.</summary>
    public abstract RigCommandKind Kind { get; }
}
