namespace ChandlerLoop.Mqtt.Packets;

/// <summary>UNSUBSCRIBE (§3.10): one or more topic filters.</summary>
internal sealed class MqttUnsubscribePacket : MqttPacket
{
    public MqttUnsubscribePacket(ushort packetIdentifier, IReadOnlyList<string> topicFilters)
    {
        PacketIdentifier = packetIdentifier;
        TopicFilters = topicFilters;
    }

    public override MqttPacketType PacketType => MqttPacketType.Unsubscribe;

    public ushort PacketIdentifier { get; }

    public IReadOnlyList<string> TopicFilters { get; }
}
