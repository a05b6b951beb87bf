using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// One item for a connection's writer. A struct so that PUBACKs (the hottest path when draining
/// QoS 1) allocate nothing: <see cref="Packet"/> null means "PUBACK <see cref="PubAckIdentifier"/>".
/// <see cref="Written"/> is completed once the bytes are on the channel (QoS 0 publish, DISCONNECT).
/// </summary>
internal readonly struct MqttOutgoingPacket
{
    private MqttOutgoingPacket(MqttPacket? packet, ushort pubAckIdentifier, TaskCompletionSource<bool>? written)
    {
        Packet = packet;
        PubAckIdentifier = pubAckIdentifier;
        Written = written;
    }

    public MqttPacket? Packet { get; }

    public ushort PubAckIdentifier { get; }

    public TaskCompletionSource<bool>? Written { get; }

    public static MqttOutgoingPacket ForPacket(MqttPacket packet, TaskCompletionSource<bool>? written = null) => new(packet, 0, written);

    public static MqttOutgoingPacket ForPubAck(ushort packetIdentifier) => new(null, packetIdentifier, null);
}
