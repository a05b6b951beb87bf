using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Topics;

/// <summary>
/// Topic names of protocol version 1 (docs/protocol.md, "Transport"): <c>chandler/v1/{rig}/status</c>,
/// <c>…/telemetry</c>, <c>…/events</c> and <c>…/commands</c>, parsing them back, and the subscription
/// filters of the host and of a rig.
/// </summary>
public static class RigTopics
{
    /// <summary>Every topic of version 1 starts with this.</summary>
    public const string Prefix = "chandler/v1/";

    /// <summary>
    /// What the host subscribes to: every topic of every rig. It also matches <c>commands</c>, so the host
    /// receives its own commands back; <see cref="ChandlerLoop.Protocol.Json.ProtocolJson.Decode"/> reads
    /// them as commands and a caller that only wants rig output ignores them by topic kind.
    /// </summary>
    public const string HostSubscriptionFilter = "chandler/v1/+/#";

    /// <summary>The topic a host publishes commands to for every rig, as written in the broker's ACL.</summary>
    public const string HostCommandsPattern = "chandler/v1/+/commands";

    /// <summary><c>chandler/v1/{rig}/status</c>.</summary>
    public static string Status(string rigId) => For(rigId, RigTopicKind.Status);

    /// <summary><c>chandler/v1/{rig}/telemetry</c>.</summary>
    public static string Telemetry(string rigId) => For(rigId, RigTopicKind.Telemetry);

    /// <summary><c>chandler/v1/{rig}/events</c>.</summary>
    public static string Events(string rigId) => For(rigId, RigTopicKind.Events);

    /// <summary><c>chandler/v1/{rig}/commands</c>; also the only topic a rig subscribes to.</summary>
    public static string Commands(string rigId) => For(rigId, RigTopicKind.Commands);

    /// <summary>The topic of the given kind for a rig.</summary>
    /// <exception cref="ArgumentException">The rig id is not valid (see <see cref="IsValidRigId"/>).</exception>
    public static string For(string rigId, RigTopicKind kind)
    {
        if (!IsValidRigId(rigId))
        {
            throw new ArgumentException(
                $"'{rigId}' is not a valid rig id: use 1–32 characters of a-z, 0-9 and '-', starting with a letter or digit (e.g. rig-01).",
                nameof(rigId));
        }

        return Prefix + rigId + "/" + LevelOf(kind);
    }

    /// <summary>
    /// Parses <c>chandler/v1/{rig}/{kind}</c>. False for anything else: another prefix or version, an
    /// invalid rig id, an unknown last level, extra levels, wildcards.
    /// </summary>
    public static bool TryParse(string? topic, out RigTopic parsed)
    {
        parsed = default;
        if (topic is null || !topic.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = topic.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var rigId = rest[..slash].ToString();
        if (!IsValidRigId(rigId) || !TryParseLevel(rest[(slash + 1)..], out var kind))
        {
            return false;
        }

        parsed = new RigTopic(rigId, kind);
        return true;
    }

    /// <summary>
    /// True for a valid rig id: 1–32 characters of <c>a-z</c>, <c>0-9</c> and <c>-</c>, starting with a
    /// letter or digit.
    /// </summary>
    public static bool IsValidRigId(string? rigId) => ProtocolText.IsValidRigId(rigId);

    /// <summary>The last topic level of a kind: <c>status</c>, <c>telemetry</c>, <c>events</c> or <c>commands</c>.</summary>
    public static string LevelOf(RigTopicKind kind) => kind switch
    {
        RigTopicKind.Status => "status",
        RigTopicKind.Telemetry => "telemetry",
        RigTopicKind.Events => "events",
        RigTopicKind.Commands => "commands",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a rig topic kind."),
    };

    private static bool TryParseLevel(ReadOnlySpan<char> level, out RigTopicKind kind)
    {
        foreach (var candidate in Enum.GetValues<RigTopicKind>())
        {
            if (level.SequenceEqual(LevelOf(candidate)))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
