using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// A publish the client still owes a result for: a QoS 1 message awaiting PUBACK (sent or not yet),
/// or a QoS 0 message waiting in the offline queue.
/// </summary>
internal sealed class MqttOutgoingPublish
{
    public MqttOutgoingPublish(MqttPublishPacket packet, long sequence)
    {
        Packet = packet;
        Sequence = sequence;
    }

    public MqttPublishPacket Packet { get; }

    /// <summary>Order of PublishAsync calls, so re-sends keep the original order.</summary>
    public long Sequence { get; }

    /// <summary>True once handed to a connection's writer (a re-send then carries DUP = 1).</summary>
    public bool Sent { get; set; }

    public TaskCompletionSource<MqttClientPublishResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsQoS1 => Packet.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtLeastOnce;
}
