namespace ChandlerLoop.Mqtt.Packets;

/// <summary>PUBACK (§3.4).</summary>
internal sealed class MqttPubAckPacket : MqttPacket
{
    public MqttPubAckPacket(ushort packetIdentifier)
    {
        PacketIdentifier = packetIdentifier;
    }

    public override MqttPacketType PacketType => MqttPacketType.PubAck;

    public ushort PacketIdentifier { get; }
}
