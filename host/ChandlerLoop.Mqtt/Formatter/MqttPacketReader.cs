using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Formatter;

/// <summary>
/// Decodes bytes into packets with strict validation (MQTT 3.1.1): reserved packet types, reserved
/// flags, QoS 3, remaining lengths over 4 bytes or over the configured maximum, truncated bodies,
/// trailing bytes, invalid UTF-8, zero packet identifiers → <see cref="MqttProtocolViolationException"/>.
/// Decodes every packet type (also client → server ones, for tests and fakes); the client decides
/// which types a broker may send. One instance per connection (it owns a topic cache).
/// </summary>
internal sealed class MqttPacketReader
{
    private readonly int _maximumPacketSizeBytes;
    private readonly MqttTopicCache _topicCache = new();

    public MqttPacketReader(int maximumPacketSizeBytes = MqttClientOptionsBuilder.DefaultMaximumIncomingPacketSizeBytes)
    {
        _maximumPacketSizeBytes = maximumPacketSizeBytes;
    }

    /// <summary>
    /// Reads the fixed header at the start of <paramref name="buffer"/>. Returns false when the header
    /// itself is incomplete; otherwise <paramref name="frameLength"/> is the whole packet's length
    /// (which may exceed what is buffered). Violations are detected from the first bytes, before the body arrives.
    /// </summary>
    public bool TryReadFrameLength(ReadOnlySpan<byte> buffer, out int frameLength)
    {
        frameLength = 0;
        if (buffer.Length == 0)
        {
            return false;
        }

        ValidateFirstByte(buffer[0]);
        int remainingLength = 0;
        int multiplier = 1;
        for (int i = 1; i <= 4; i++)
        {
            if (i >= buffer.Length)
            {
                return false;
            }

            byte digit = buffer[i];
            remainingLength += (digit & 0x7F) * multiplier;
            if ((digit & 0x80) == 0)
            {
                frameLength = 1 + i + remainingLength;
                if (frameLength > _maximumPacketSizeBytes || frameLength < 0)
                {
                    throw new MqttProtocolViolationException(
                        $"The broker sent a packet of {frameLength} bytes; the client accepts at most {_maximumPacketSizeBytes} (WithMaximumIncomingPacketSize). The connection was closed.");
                }

                return true;
            }

            multiplier *= 128;
        }

        throw new MqttProtocolViolationException("Malformed packet from the broker: the remaining length uses more than 4 bytes. The connection was closed.");
    }

    /// <summary>Reads one complete packet from the start of <paramref name="buffer"/> if it is all there.</summary>
    public bool TryRead(ReadOnlySpan<byte> buffer, out MqttPacket? packet, out int consumed)
    {
        packet = null;
        consumed = 0;
        if (!TryReadFrameLength(buffer, out int frameLength) || buffer.Length < frameLength)
        {
            return false;
        }

        packet = Decode(buffer[..frameLength]);
        consumed = frameLength;
        return true;
    }

    /// <summary>Decodes one complete frame (fixed header included).</summary>
    public MqttPacket Decode(ReadOnlySpan<byte> frame)
    {
        if (!TryReadFrameLength(frame, out int frameLength) || frameLength != frame.Length)
        {
            throw new MqttProtocolViolationException("Malformed packet: the frame length does not match its remaining length.");
        }

        byte first = frame[0];
        int headerLength = frameLength - RemainingLength(frame);
        ReadOnlySpan<byte> body = frame[headerLength..];
        var type = (MqttPacketType)(first >> 4);
        return type switch
        {
            MqttPacketType.Publish => DecodePublish(first, body),
            MqttPacketType.PubAck => new MqttPubAckPacket(DecodeIdentifierOnly(body, "PUBACK")),
            MqttPacketType.ConnAck => DecodeConnAck(body),
            MqttPacketType.SubAck => DecodeSubAck(body),
            MqttPacketType.UnsubAck => new MqttUnsubAckPacket(DecodeIdentifierOnly(body, "UNSUBACK")),
            MqttPacketType.PingResp => DecodeEmpty(body, "PINGRESP", MqttPingRespPacket.Instance),
            MqttPacketType.PingReq => DecodeEmpty(body, "PINGREQ", MqttPingReqPacket.Instance),
            MqttPacketType.Disconnect => DecodeEmpty(body, "DISCONNECT", MqttDisconnectPacket.Instance),
            MqttPacketType.Connect => MqttConnectPacketDecoder.Decode(body),
            MqttPacketType.Subscribe => DecodeSubscribe(body),
            MqttPacketType.Unsubscribe => DecodeUnsubscribe(body),
            _ => throw new MqttProtocolViolationException($"The broker sent packet type {(int)type}, which this client does not support (QoS 2 is not supported). The connection was closed."),
        };
    }

    private static int RemainingLength(ReadOnlySpan<byte> frame)
    {
        int value = 0;
        int multiplier = 1;
        for (int i = 1; ; i++)
        {
            value += (frame[i] & 0x7F) * multiplier;
            if ((frame[i] & 0x80) == 0)
            {
                return value;
            }

            multiplier *= 128;
        }
    }

    private static void ValidateFirstByte(byte first)
    {
        int type = first >> 4;
        int flags = first & 0x0F;
        switch ((MqttPacketType)type)
        {
            case MqttPacketType.Publish:
                if ((flags & 0x06) == 0x06)
                {
                    throw new MqttProtocolViolationException("Malformed PUBLISH packet from the broker: QoS 3 is reserved. The connection was closed.");
                }

                return;
            case MqttPacketType.Subscribe:
            case MqttPacketType.Unsubscribe:
            case MqttPacketType.PubRel:
                if (flags != 0x02)
                {
                    throw new MqttProtocolViolationException($"Malformed packet from the broker: packet type {type} must have flags 0010, got {Convert.ToString(flags, 2).PadLeft(4, '0')}. The connection was closed.");
                }

                return;
            case MqttPacketType.Connect:
            case MqttPacketType.ConnAck:
            case MqttPacketType.PubAck:
            case MqttPacketType.PubRec:
            case MqttPacketType.PubComp:
            case MqttPacketType.SubAck:
            case MqttPacketType.UnsubAck:
            case MqttPacketType.PingReq:
            case MqttPacketType.PingResp:
            case MqttPacketType.Disconnect:
                if (flags != 0)
                {
                    throw new MqttProtocolViolationException($"Malformed packet from the broker: packet type {type} must have flags 0000, got {Convert.ToString(flags, 2).PadLeft(4, '0')}. The connection was closed.");
                }

                return;
            default:
                throw new MqttProtocolViolationException($"The broker sent the reserved packet type {type}. The connection was closed.");
        }
    }

    private MqttPublishPacket DecodePublish(byte first, ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "PUBLISH");
        var qos = (MqttQualityOfServiceLevel)((first >> 1) & 0x03);
        if (qos == (MqttQualityOfServiceLevel)2)
        {
            throw reader.Violation("QoS 2 is not supported by this client (it subscribes with QoS 0 or 1 only)");
        }

        bool duplicate = (first & 0x08) != 0;
        if (duplicate && qos == MqttQualityOfServiceLevel.AtMostOnce)
        {
            throw reader.Violation("DUP is set on a QoS 0 message");
        }

        string topic = _topicCache.GetOrAdd(reader.ReadUtf8Bytes("the topic"));
        if (topic.Length == 0)
        {
            throw reader.Violation("the topic is empty");
        }

        if (topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw reader.Violation("the topic contains a wildcard");
        }

        ushort identifier = qos == MqttQualityOfServiceLevel.AtMostOnce ? (ushort)0 : reader.ReadPacketIdentifier();
        return new MqttPublishPacket
        {
            Topic = topic,
            Payload = reader.Remaining == 0 ? ReadOnlyMemory<byte>.Empty : reader.Rest.ToArray(),
            QualityOfServiceLevel = qos,
            Retain = (first & 0x01) != 0,
            Duplicate = duplicate,
            PacketIdentifier = identifier,
        };
    }

    private static ushort DecodeIdentifierOnly(ReadOnlySpan<byte> body, string name)
    {
        var reader = new MqttBodyReader(body, name);
        if (body.Length != 2)
        {
            throw reader.Violation($"the remaining length is {body.Length}, must be 2");
        }

        return reader.ReadPacketIdentifier();
    }

    private static MqttPacket DecodeEmpty(ReadOnlySpan<byte> body, string name, MqttPacket instance)
    {
        if (body.Length != 0)
        {
            throw new MqttBodyReader(body, name).Violation($"the remaining length is {body.Length}, must be 0");
        }

        return instance;
    }

    private static MqttConnAckPacket DecodeConnAck(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "CONNACK");
        if (body.Length != 2)
        {
            throw reader.Violation($"the remaining length is {body.Length}, must be 2");
        }

        byte acknowledgeFlags = reader.ReadByte();
        byte returnCode = reader.ReadByte();
        if ((acknowledgeFlags & 0xFE) != 0)
        {
            throw reader.Violation("reserved acknowledge flags are set");
        }

        if (returnCode > 5)
        {
            throw reader.Violation($"return code {returnCode} is not defined by MQTT 3.1.1 (0..5)");
        }

        if (returnCode != 0 && acknowledgeFlags != 0)
        {
            throw reader.Violation("session present is set on a refused connection");
        }

        return new MqttConnAckPacket { IsSessionPresent = acknowledgeFlags == 1, ReturnCode = (MqttClientConnectResultCode)returnCode };
    }

    private static MqttSubAckPacket DecodeSubAck(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "SUBACK");
        ushort identifier = reader.ReadPacketIdentifier();
        if (reader.Remaining == 0)
        {
            throw reader.Violation("there is no return code");
        }

        byte[] codes = reader.Rest.ToArray();
        foreach (byte code in codes)
        {
            if (code > 2 && code != MqttSubAckPacket.FailureReturnCode)
            {
                throw reader.Violation($"return code 0x{code:X2} is not 0, 1, 2 or 0x80");
            }
        }

        return new MqttSubAckPacket(identifier, codes);
    }

    private static MqttSubscribePacket DecodeSubscribe(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "SUBSCRIBE");
        ushort identifier = reader.ReadPacketIdentifier();
        var filters = new List<string>();
        var qos = new List<byte>();
        while (reader.Remaining > 0)
        {
            filters.Add(reader.ReadString("a topic filter"));
            byte requested = reader.ReadByte();
            if (requested > 2)
            {
                throw reader.Violation($"requested QoS byte 0x{requested:X2} is not 0, 1 or 2");
            }

            qos.Add(requested);
        }

        if (filters.Count == 0)
        {
            throw reader.Violation("there is no topic filter");
        }

        return new MqttSubscribePacket(identifier, filters, qos);
    }

    private static MqttUnsubscribePacket DecodeUnsubscribe(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "UNSUBSCRIBE");
        ushort identifier = reader.ReadPacketIdentifier();
        var filters = new List<string>();
        while (reader.Remaining > 0)
        {
            filters.Add(reader.ReadString("a topic filter"));
        }

        if (filters.Count == 0)
        {
            throw reader.Violation("there is no topic filter");
        }

        return new MqttUnsubscribePacket(identifier, filters);
    }
}
