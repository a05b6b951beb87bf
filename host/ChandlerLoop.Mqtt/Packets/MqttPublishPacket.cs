namespace ChandlerLoop.Mqtt.Packets;

/// <summary>PUBLISH (§3.3). <see cref="PacketIdentifier"/> is 0 for QoS 0 and non-zero otherwise.</summary>
internal sealed class MqttPublishPacket : MqttPacket
{
    public override MqttPacketType PacketType => MqttPacketType.Publish;

    public string Topic { get; set; } = string.Empty;

    public ReadOnlyMemory<byte> Payload { get; set; }

    public MqttQualityOfServiceLevel QualityOfServiceLevel { get; set; }

    public bool Retain { get; set; }

    public bool Duplicate { get; set; }

    public ushort PacketIdentifier { get; set; }
}
