namespace ChandlerLoop.Mqtt.Packets;

/// <summary>CONNECT (§3.1): protocol "MQTT" level 4.</summary>
internal sealed class MqttConnectPacket : MqttPacket
{
    public override MqttPacketType PacketType => MqttPacketType.Connect;

    public string ClientId { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool CleanSession { get; set; } = true;

    /// <summary>Keep-alive in seconds; 0 disables.</summary>
    public ushort KeepAliveSeconds { get; set; }

    /// <summary>Will topic; null when there is no will.</summary>
    public string? WillTopic { get; set; }

    public ReadOnlyMemory<byte> WillPayload { get; set; }

    public MqttQualityOfServiceLevel WillQualityOfServiceLevel { get; set; }

    public bool WillRetain { get; set; }
}
