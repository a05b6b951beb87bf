namespace ChandlerLoop.Mqtt.Packets;

/// <summary>UNSUBACK (§3.11).</summary>
internal sealed class MqttUnsubAckPacket : MqttPacket
{
    public MqttUnsubAckPacket(ushort packetIdentifier)
    {
        PacketIdentifier = packetIdentifier;
    }

    public override MqttPacketType PacketType => MqttPacketType.UnsubAck;

    public ushort PacketIdentifier { get; }
}
