namespace ChandlerLoop.Mqtt.Packets;

/// <summary>PINGRESP (§3.13): no variable header, no payload; one shared instance.</summary>
internal sealed class MqttPingRespPacket : MqttPacket
{
    public static readonly MqttPingRespPacket Instance = new();

    private MqttPingRespPacket()
    {
    }

    public override MqttPacketType PacketType => MqttPacketType.PingResp;
}
