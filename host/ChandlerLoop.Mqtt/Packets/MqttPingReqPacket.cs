namespace ChandlerLoop.Mqtt.Packets;

/// <summary>PINGREQ (§3.12): no variable header, no payload; one shared instance.</summary>
internal sealed class MqttPingReqPacket : MqttPacket
{
    public static readonly MqttPingReqPacket Instance = new();

    private MqttPingReqPacket()
    {
    }

    public override MqttPacketType PacketType => MqttPacketType.PingReq;
}
