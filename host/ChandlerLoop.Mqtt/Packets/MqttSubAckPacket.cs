namespace ChandlerLoop.Mqtt.Packets;

/// <summary>SUBACK (§3.9): one return code per filter: 0, 1, 2 (granted QoS) or 0x80 (failure).</summary>
internal sealed class MqttSubAckPacket : MqttPacket
{
    public const byte FailureReturnCode = 0x80;

    public MqttSubAckPacket(ushort packetIdentifier, IReadOnlyList<byte> returnCodes)
    {
        PacketIdentifier = packetIdentifier;
        ReturnCodes = returnCodes;
    }

    public override MqttPacketType PacketType => MqttPacketType.SubAck;

    public ushort PacketIdentifier { get; }

    public IReadOnlyList<byte> ReturnCodes { get; }
}
