using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Formatter;

/// <summary>Decodes CONNECT (§3.1); used by tests and fake brokers, a client never receives it.</summary>
internal static class MqttConnectPacketDecoder
{
    public static MqttConnectPacket Decode(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBodyReader(body, "CONNECT");
        if (reader.ReadString("the protocol name") != "MQTT")
        {
            throw reader.Violation("the protocol name is not \"MQTT\"");
        }

        byte level = reader.ReadByte();
        if (level != 4)
        {
            throw reader.Violation($"protocol level {level} is not 4 (MQTT 3.1.1)");
        }

        byte flags = reader.ReadByte();
        if ((flags & 0x01) != 0)
        {
            throw reader.Violation("the reserved connect flag is set");
        }

        bool hasWill = (flags & 0x04) != 0;
        int willQos = (flags >> 3) & 0x03;
        bool willRetain = (flags & 0x20) != 0;
        bool hasPassword = (flags & 0x40) != 0;
        bool hasUser = (flags & 0x80) != 0;
        if (!hasWill && (willQos != 0 || willRetain))
        {
            throw reader.Violation("will QoS or will retain is set without a will");
        }

        if (willQos > 1)
        {
            throw reader.Violation($"will QoS {willQos} is not supported");
        }

        if (hasPassword && !hasUser)
        {
            throw reader.Violation("a password is given without a user name");
        }

        var packet = new MqttConnectPacket
        {
            CleanSession = (flags & 0x02) != 0,
            KeepAliveSeconds = reader.ReadUInt16(),
            ClientId = reader.ReadString("the client id"),
        };
        if (hasWill)
        {
            packet.WillTopic = reader.ReadString("the will topic");
            packet.WillPayload = reader.ReadBinary().ToArray();
            packet.WillQualityOfServiceLevel = (MqttQualityOfServiceLevel)willQos;
            packet.WillRetain = willRetain;
        }

        if (hasUser)
        {
            packet.UserName = reader.ReadString("the user name");
        }

        if (hasPassword)
        {
            packet.Password = reader.ReadString("the password");
        }

        if (reader.Remaining != 0)
        {
            throw reader.Violation($"{reader.Remaining} unexpected bytes follow the payload");
        }

        return packet;
    }
}
