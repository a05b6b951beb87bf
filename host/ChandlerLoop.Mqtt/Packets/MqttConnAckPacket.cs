namespace ChandlerLoop.Mqtt.Packets;

/// <summary>CONNACK (§3.2).</summary>
internal sealed class MqttConnAckPacket : MqttPacket
{
    public override MqttPacketType PacketType => MqttPacketType.ConnAck;

    public bool IsSessionPresent { get; set; }

    public MqttClientConnectResultCode ReturnCode { get; set; }
}
