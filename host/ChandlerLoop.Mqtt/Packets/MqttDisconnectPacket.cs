namespace ChandlerLoop.Mqtt.Packets;

/// <summary>DISCONNECT (§3.14): no variable header, no payload; one shared instance.</summary>
internal sealed class MqttDisconnectPacket : MqttPacket
{
    public static readonly MqttDisconnectPacket Instance = new();

    private MqttDisconnectPacket()
    {
    }

    public override MqttPacketType PacketType => MqttPacketType.Disconnect;
}
