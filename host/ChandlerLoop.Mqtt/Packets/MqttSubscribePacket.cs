namespace ChandlerLoop.Mqtt.Packets;

/// <summary>SUBSCRIBE (§3.8): one or more topic filters, each with a requested QoS (0..2 on the wire).</summary>
internal sealed class MqttSubscribePacket : MqttPacket
{
    public MqttSubscribePacket(ushort packetIdentifier, IReadOnlyList<string> topicFilters, IReadOnlyList<byte> requestedQoS)
    {
        if (topicFilters.Count != requestedQoS.Count)
        {
            throw new ArgumentException("Each topic filter needs exactly one requested QoS.", nameof(requestedQoS));
        }

        PacketIdentifier = packetIdentifier;
        TopicFilters = topicFilters;
        RequestedQoS = requestedQoS;
    }

    public override MqttPacketType PacketType => MqttPacketType.Subscribe;

    public ushort PacketIdentifier { get; }

    public IReadOnlyList<string> TopicFilters { get; }

    public IReadOnlyList<byte> RequestedQoS { get; }
}
