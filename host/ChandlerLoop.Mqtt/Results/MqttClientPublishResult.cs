namespace ChandlerLoop.Mqtt;

/// <summary>
/// Result of a publish. QoS 0: written to the connection. QoS 1: acknowledged by the broker (PUBACK).
/// <see cref="IsSuccess"/> is false when the message was dropped from a full offline queue
/// (<see cref="MqttOfflineQueuePolicy.DropOldest"/>) or refused by the broker.
/// </summary>
public sealed class MqttClientPublishResult
{
    /// <summary>Creates the result.</summary>
    public MqttClientPublishResult(bool isSuccess, ushort? packetIdentifier, string? reasonText)
    {
        IsSuccess = isSuccess;
        PacketIdentifier = packetIdentifier;
        ReasonText = reasonText;
    }

    /// <summary>True when sent (QoS 0) or acknowledged (QoS 1).</summary>
    public bool IsSuccess { get; }

    /// <summary>Packet identifier used for a QoS 1 publish; null for QoS 0.</summary>
    public ushort? PacketIdentifier { get; }

    /// <summary>Why it failed, or null on success.</summary>
    public string? ReasonText { get; }
}
