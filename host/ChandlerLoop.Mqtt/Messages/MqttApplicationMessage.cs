namespace ChandlerLoop.Mqtt;

/// <summary>
/// One application message: a topic (UTF-8, no wildcards), an opaque payload of bytes, the QoS it is
/// sent or was delivered with, and the retain flag. Build outgoing messages with
/// <see cref="MqttApplicationMessageBuilder"/>, which validates the topic.
/// </summary>
public sealed class MqttApplicationMessage
{
    /// <summary>The topic name, e.g. <c>chandler/v1/rig-01/status</c>.</summary>
    public string Topic { get; init; } = string.Empty;

    /// <summary>The payload bytes (may be empty; an empty retained message clears the retained value).</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>QoS the message is published with, or was delivered with.</summary>
    public MqttQualityOfServiceLevel QualityOfServiceLevel { get; init; }

    /// <summary>
    /// Publishing: ask the broker to keep this as the topic's retained message. Receiving: true when
    /// the broker delivered a stored retained message because of a new subscription.
    /// </summary>
    public bool Retain { get; init; }

    /// <summary>
    /// Received messages only: the broker set DUP because this may be a re-delivery. QoS 1 is
    /// at-least-once, so such a message is still delivered to the handler; de-duplicate in the
    /// application (the rig protocol uses command ids and (run, sequence)). Ignored when publishing.
    /// </summary>
    public bool Duplicate { get; init; }
}
