using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Formatter;

/// <summary>
/// Encodes packets into bytes (MQTT 3.1.1 §2–3). Writes each packet straight into the caller's
/// buffer writer: no intermediate arrays. Throws <see cref="ArgumentException"/> for a packet that
/// cannot be encoded (remaining length over 268 435 455, a string over 65535 bytes).
/// </summary>
internal static class MqttPacketWriter
{
    /// <summary>Largest remaining length a 4-byte variable-length integer can carry (§2.2.3).</summary>
    public const int MaximumRemainingLength = 268_435_455;

    public static void Write(MqttPacket packet, IBufferWriter<byte> output)
    {
        switch (packet)
        {
            case MqttPublishPacket publish: WritePublish(publish, output); break;
            case MqttPubAckPacket pubAck: WritePubAck(pubAck.PacketIdentifier, output); break;
            case MqttConnectPacket connect: WriteConnect(connect, output); break;
            case MqttConnAckPacket connAck: WriteConnAck(connAck, output); break;
            case MqttSubscribePacket subscribe: WriteSubscribe(subscribe, output); break;
            case MqttSubAckPacket subAck: WriteSubAck(subAck, output); break;
            case MqttUnsubscribePacket unsubscribe: WriteUnsubscribe(unsubscribe, output); break;
            case MqttUnsubAckPacket unsubAck: WriteIdentifierOnly(0xB0, unsubAck.PacketIdentifier, output); break;
            case MqttPingReqPacket: WriteEmpty(0xC0, output); break;
            case MqttPingRespPacket: WriteEmpty(0xD0, output); break;
            case MqttDisconnectPacket: WriteEmpty(0xE0, output); break;
            default: throw new ArgumentException($"Cannot encode packet type {packet.GetType().Name}.", nameof(packet));
        }
    }

    public static void WritePubAck(ushort packetIdentifier, IBufferWriter<byte> output) => WriteIdentifierOnly(0x40, packetIdentifier, output);

    /// <summary>Number of bytes the variable-length encoding of <paramref name="remainingLength"/> takes (1..4).</summary>
    public static int GetVariableLengthSize(int remainingLength) =>
        remainingLength < 128 ? 1 : remainingLength < 16_384 ? 2 : remainingLength < 2_097_152 ? 3 : 4;

    private static void WritePublish(MqttPublishPacket packet, IBufferWriter<byte> output)
    {
        int topicLength = GetStringLength(packet.Topic);
        bool hasIdentifier = packet.QualityOfServiceLevel != MqttQualityOfServiceLevel.AtMostOnce;
        long remaining = 2L + topicLength + (hasIdentifier ? 2 : 0) + packet.Payload.Length;
        byte header = (byte)(0x30 | ((int)packet.QualityOfServiceLevel << 1) | (packet.Retain ? 0x01 : 0) | (packet.Duplicate && hasIdentifier ? 0x08 : 0));
        Span<byte> span = BeginPacket(header, remaining, output, out int total);
        int position = total - (int)remaining;
        position += WriteString(span[position..], packet.Topic, topicLength);
        if (hasIdentifier)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[position..], packet.PacketIdentifier);
            position += 2;
        }

        packet.Payload.Span.CopyTo(span[position..]);
        output.Advance(total);
    }

    private static void WriteConnect(MqttConnectPacket packet, IBufferWriter<byte> output)
    {
        int clientIdLength = GetStringLength(packet.ClientId);
        int willTopicLength = packet.WillTopic is null ? 0 : GetStringLength(packet.WillTopic);
        int userLength = packet.UserName is null ? 0 : GetStringLength(packet.UserName);
        string? password = packet.UserName is null ? null : packet.Password;
        int passwordLength = password is null ? 0 : GetStringLength(password);
        if (packet.WillTopic is not null && packet.WillPayload.Length > ushort.MaxValue)
        {
            throw new ArgumentException("The will payload is longer than 65535 bytes.", nameof(packet));
        }

        long remaining = 10L + 2 + clientIdLength
            + (packet.WillTopic is null ? 0 : 2 + willTopicLength + 2 + packet.WillPayload.Length)
            + (packet.UserName is null ? 0 : 2 + userLength)
            + (password is null ? 0 : 2 + passwordLength);
        Span<byte> span = BeginPacket(0x10, remaining, output, out int total);
        int position = total - (int)remaining;
        position += WriteString(span[position..], "MQTT", 4);
        span[position++] = 4; // protocol level 3.1.1
        byte flags = 0;
        if (packet.UserName is not null)
        {
            flags |= 0x80;
        }

        if (password is not null)
        {
            flags |= 0x40;
        }

        if (packet.WillTopic is not null)
        {
            flags |= (byte)(0x04 | ((int)packet.WillQualityOfServiceLevel << 3) | (packet.WillRetain ? 0x20 : 0));
        }

        if (packet.CleanSession)
        {
            flags |= 0x02;
        }

        span[position++] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(span[position..], packet.KeepAliveSeconds);
        position += 2;
        position += WriteString(span[position..], packet.ClientId, clientIdLength);
        if (packet.WillTopic is not null)
        {
            position += WriteString(span[position..], packet.WillTopic, willTopicLength);
            BinaryPrimitives.WriteUInt16BigEndian(span[position..], (ushort)packet.WillPayload.Length);
            position += 2;
            packet.WillPayload.Span.CopyTo(span[position..]);
            position += packet.WillPayload.Length;
        }

        if (packet.UserName is not null)
        {
            position += WriteString(span[position..], packet.UserName, userLength);
        }

        if (password is not null)
        {
            WriteString(span[position..], password, passwordLength);
        }

        output.Advance(total);
    }

    private static void WriteConnAck(MqttConnAckPacket packet, IBufferWriter<byte> output)
    {
        Span<byte> span = output.GetSpan(4);
        span[0] = 0x20;
        span[1] = 2;
        span[2] = packet.IsSessionPresent ? (byte)1 : (byte)0;
        span[3] = (byte)packet.ReturnCode;
        output.Advance(4);
    }

    private static void WriteSubscribe(MqttSubscribePacket packet, IBufferWriter<byte> output)
    {
        long remaining = 2;
        foreach (string filter in packet.TopicFilters)
        {
            remaining += 2 + GetStringLength(filter) + 1;
        }

        Span<byte> span = BeginPacket(0x82, remaining, output, out int total);
        int position = total - (int)remaining;
        BinaryPrimitives.WriteUInt16BigEndian(span[position..], packet.PacketIdentifier);
        position += 2;
        for (int i = 0; i < packet.TopicFilters.Count; i++)
        {
            string filter = packet.TopicFilters[i];
            position += WriteString(span[position..], filter, GetStringLength(filter));
            span[position++] = packet.RequestedQoS[i];
        }

        output.Advance(total);
    }

    private static void WriteSubAck(MqttSubAckPacket packet, IBufferWriter<byte> output)
    {
        long remaining = 2 + packet.ReturnCodes.Count;
        Span<byte> span = BeginPacket(0x90, remaining, output, out int total);
        int position = total - (int)remaining;
        BinaryPrimitives.WriteUInt16BigEndian(span[position..], packet.PacketIdentifier);
        position += 2;
        foreach (byte code in packet.ReturnCodes)
        {
            span[position++] = code;
        }

        output.Advance(total);
    }

    private static void WriteUnsubscribe(MqttUnsubscribePacket packet, IBufferWriter<byte> output)
    {
        long remaining = 2;
        foreach (string filter in packet.TopicFilters)
        {
            remaining += 2 + GetStringLength(filter);
        }

        Span<byte> span = BeginPacket(0xA2, remaining, output, out int total);
        int position = total - (int)remaining;
        BinaryPrimitives.WriteUInt16BigEndian(span[position..], packet.PacketIdentifier);
        position += 2;
        foreach (string filter in packet.TopicFilters)
        {
            position += WriteString(span[position..], filter, GetStringLength(filter));
        }

        output.Advance(total);
    }

    private static void WriteIdentifierOnly(byte header, ushort packetIdentifier, IBufferWriter<byte> output)
    {
        Span<byte> span = output.GetSpan(4);
        span[0] = header;
        span[1] = 2;
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], packetIdentifier);
        output.Advance(4);
    }

    private static void WriteEmpty(byte header, IBufferWriter<byte> output)
    {
        Span<byte> span = output.GetSpan(2);
        span[0] = header;
        span[1] = 0;
        output.Advance(2);
    }

    /// <summary>Writes the fixed header and returns a span big enough for the whole packet (not yet advanced).</summary>
    private static Span<byte> BeginPacket(byte header, long remainingLength, IBufferWriter<byte> output, out int totalLength)
    {
        if (remainingLength > MaximumRemainingLength)
        {
            throw new ArgumentException($"The packet is too large for MQTT: remaining length {remainingLength} bytes exceeds {MaximumRemainingLength}.");
        }

        int remaining = (int)remainingLength;
        totalLength = 1 + GetVariableLengthSize(remaining) + remaining;
        Span<byte> span = output.GetSpan(totalLength);
        span[0] = header;
        int position = 1;
        do
        {
            byte digit = (byte)(remaining % 128);
            remaining /= 128;
            if (remaining > 0)
            {
                digit |= 0x80;
            }

            span[position++] = digit;
        }
        while (remaining > 0);
        return span;
    }

    private static int GetStringLength(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        if (length > ushort.MaxValue)
        {
            throw new ArgumentException($"A string of {length} bytes does not fit an MQTT string (at most 65535 bytes).", nameof(value));
        }

        return length;
    }

    private static int WriteString(Span<byte> destination, string value, int byteLength)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)byteLength);
        Encoding.UTF8.GetBytes(value, destination[2..]);
        return 2 + byteLength;
    }
}
