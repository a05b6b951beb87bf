using System.Diagnostics.CodeAnalysis;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// The outcome of <see cref="ProtocolJson.Decode"/>: either a <see cref="Message"/> or a
/// <see cref="Rejection"/>, never both.
/// </summary>
public sealed class DecodeResult
{
    private DecodeResult(RigTopic? topic, RigMessage? message, ProtocolRejection? rejection)
    {
        Topic = topic;
        Message = message;
        Rejection = rejection;
    }

    /// <summary>The parsed topic, or null when the topic is not a rig topic of version 1.</summary>
    public RigTopic? Topic { get; }

    /// <summary>The message, when accepted.</summary>
    public RigMessage? Message { get; }

    /// <summary>Why the payload was rejected, when it was.</summary>
    public ProtocolRejection? Rejection { get; }

    /// <summary>True when <see cref="Message"/> holds the decoded message.</summary>
    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Message is not null;

    internal static DecodeResult Accept(RigTopic topic, RigMessage message) => new(topic, message, null);

    internal static DecodeResult Reject(RigTopic? topic, ProtocolRejection rejection) => new(topic, null, rejection);

    /// <summary>The message type, or the rejection's reason and detail.</summary>
    public override string ToString() => IsAccepted ? Message.ToString() : Rejection.ToString();
}
