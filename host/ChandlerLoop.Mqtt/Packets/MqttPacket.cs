namespace ChandlerLoop.Mqtt.Packets;

/// <summary>Base of the MQTT 3.1.1 control packets: plain data, no behaviour (the formatter encodes them).</summary>
internal abstract class MqttPacket
{
    /// <summary>The control packet type (high nibble of the first byte).</summary>
    public abstract MqttPacketType PacketType { get; }
}
