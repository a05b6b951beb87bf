using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>What a connection reports to the client that owns it.</summary>
internal interface IMqttConnectionHandler
{
    /// <summary>Delivers a received PUBLISH (one at a time, in order); the connection sends PUBACK after it completes.</summary>
    ValueTask HandlePublishAsync(MqttPublishPacket packet);

    void HandlePubAck(ushort packetIdentifier);

    void HandleSubAck(MqttSubAckPacket packet);

    void HandleUnsubAck(ushort packetIdentifier);

    /// <summary>The connection ended without the client asking (error, broker close, keep-alive timeout). Called once.</summary>
    void HandleConnectionLost(MqttClientConnection connection, Exception error);
}
