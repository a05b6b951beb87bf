using System.Buffers;
using System.Text;
using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Tests.Formatter;

public class MqttPacketCodecTests
{
    internal static byte[] Encode(MqttPacket packet)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MqttPacketWriter.Write(packet, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    internal static MqttPacket Decode(byte[] bytes, int maximum = MqttClientOptionsBuilder.AbsoluteMaximumPacketSizeBytes)
    {
        var reader = new MqttPacketReader(maximum);
        Assert.True(reader.TryRead(bytes, out MqttPacket? packet, out int consumed));
        Assert.Equal(bytes.Length, consumed);
        return packet!;
    }

    [Fact]
    public void ConnectWithEveryFieldRoundTrips()
    {
        var original = new MqttConnectPacket
        {
            ClientId = "rig-01",
            UserName = "rig-01",
            Password = "sécret",
            CleanSession = false,
            KeepAliveSeconds = 15,
            WillTopic = "chandler/v1/rig-01/status",
            WillPayload = Encoding.UTF8.GetBytes("{\"online\":false}"),
            WillQualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce,
            WillRetain = true,
        };

        byte[] bytes = Encode(original);
        var decoded = (MqttConnectPacket)Decode(bytes);

        Assert.Equal(0x10, bytes[0]);
        Assert.Equal(original.ClientId, decoded.ClientId);
        Assert.Equal(original.UserName, decoded.UserName);
        Assert.Equal(original.Password, decoded.Password);
        Assert.False(decoded.CleanSession);
        Assert.Equal(15, decoded.KeepAliveSeconds);
        Assert.Equal(original.WillTopic, decoded.WillTopic);
        Assert.Equal(original.WillPayload.ToArray(), decoded.WillPayload.ToArray());
        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, decoded.WillQualityOfServiceLevel);
        Assert.True(decoded.WillRetain);
    }

    [Fact]
    public void MinimalConnectHasProtocolMqttLevel4AndOnlyCleanSessionFlag()
    {
        byte[] bytes = Encode(new MqttConnectPacket { ClientId = "a", KeepAliveSeconds = 60 });

        // Fixed header, remaining length 13, "MQTT", level 4, flags 0x02, keep-alive 60, client id "a" (§3.1).
        Assert.Equal(new byte[] { 0x10, 13, 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 4, 0x02, 0, 60, 0, 1, (byte)'a' }, bytes);
        var decoded = (MqttConnectPacket)Decode(bytes);
        Assert.Null(decoded.UserName);
        Assert.Null(decoded.WillTopic);
    }

    [Theory]
    [InlineData(true, MqttClientConnectResultCode.Success)]
    [InlineData(false, MqttClientConnectResultCode.BadUserNameOrPassword)]
    [InlineData(false, MqttClientConnectResultCode.NotAuthorized)]
    public void ConnAckRoundTrips(bool sessionPresent, MqttClientConnectResultCode code)
    {
        var decoded = (MqttConnAckPacket)Decode(Encode(new MqttConnAckPacket { IsSessionPresent = sessionPresent, ReturnCode = code }));
        Assert.Equal(sessionPresent, decoded.IsSessionPresent);
        Assert.Equal(code, decoded.ReturnCode);
    }

    [Theory]
    [InlineData(MqttQualityOfServiceLevel.AtMostOnce, false, false, (ushort)0)]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce, true, true, (ushort)65535)]
    [InlineData(MqttQualityOfServiceLevel.AtLeastOnce, false, false, (ushort)1)]
    public void PublishRoundTripsFlagsTopicIdentifierAndPayload(MqttQualityOfServiceLevel qos, bool retain, bool duplicate, ushort identifier)
    {
        var original = new MqttPublishPacket
        {
            Topic = "chandler/v1/rig-01/telemetry/°C",
            Payload = new byte[] { 0, 1, 2, 255 },
            QualityOfServiceLevel = qos,
            Retain = retain,
            Duplicate = duplicate,
            PacketIdentifier = identifier,
        };

        byte[] bytes = Encode(original);
        var decoded = (MqttPublishPacket)Decode(bytes);

        Assert.Equal(0x30 | ((int)qos << 1) | (retain ? 1 : 0) | (duplicate ? 8 : 0), bytes[0]);
        Assert.Equal(original.Topic, decoded.Topic);
        Assert.Equal(original.Payload.ToArray(), decoded.Payload.ToArray());
        Assert.Equal(qos, decoded.QualityOfServiceLevel);
        Assert.Equal(retain, decoded.Retain);
        Assert.Equal(duplicate, decoded.Duplicate);
        Assert.Equal(identifier, decoded.PacketIdentifier);
    }

    [Fact]
    public void PublishWithEmptyPayloadRoundTrips()
    {
        var decoded = (MqttPublishPacket)Decode(Encode(new MqttPublishPacket { Topic = "a/b", Retain = true }));
        Assert.Equal(0, decoded.Payload.Length);
        Assert.True(decoded.Retain);
    }

    [Fact]
    public void IdentifierOnlyPacketsRoundTrip()
    {
        Assert.Equal(new byte[] { 0x40, 2, 0x12, 0x34 }, Encode(new MqttPubAckPacket(0x1234)));
        Assert.Equal(0x1234, ((MqttPubAckPacket)Decode(Encode(new MqttPubAckPacket(0x1234)))).PacketIdentifier);
        Assert.Equal(new byte[] { 0xB0, 2, 0, 7 }, Encode(new MqttUnsubAckPacket(7)));
        Assert.Equal(7, ((MqttUnsubAckPacket)Decode(Encode(new MqttUnsubAckPacket(7)))).PacketIdentifier);
    }

    [Fact]
    public void SubscribeAndSubAckRoundTrip()
    {
        byte[] bytes = Encode(new MqttSubscribePacket(9, new[] { "chandler/v1/+/#", "x" }, new byte[] { 1, 0 }));
        Assert.Equal(0x82, bytes[0]);
        var subscribe = (MqttSubscribePacket)Decode(bytes);
        Assert.Equal(9, subscribe.PacketIdentifier);
        Assert.Equal(new[] { "chandler/v1/+/#", "x" }, subscribe.TopicFilters);
        Assert.Equal(new byte[] { 1, 0 }, subscribe.RequestedQoS);

        var subAck = (MqttSubAckPacket)Decode(Encode(new MqttSubAckPacket(9, new byte[] { 1, 0x80 })));
        Assert.Equal(9, subAck.PacketIdentifier);
        Assert.Equal(new byte[] { 1, 0x80 }, subAck.ReturnCodes);
    }

    [Fact]
    public void UnsubscribeRoundTrips()
    {
        byte[] bytes = Encode(new MqttUnsubscribePacket(3, new[] { "a/#", "b/+" }));
        Assert.Equal(0xA2, bytes[0]);
        var decoded = (MqttUnsubscribePacket)Decode(bytes);
        Assert.Equal(3, decoded.PacketIdentifier);
        Assert.Equal(new[] { "a/#", "b/+" }, decoded.TopicFilters);
    }

    [Fact]
    public void EmptyPacketsAreTwoBytesAndRoundTrip()
    {
        Assert.Equal(new byte[] { 0xC0, 0 }, Encode(MqttPingReqPacket.Instance));
        Assert.Equal(new byte[] { 0xD0, 0 }, Encode(MqttPingRespPacket.Instance));
        Assert.Equal(new byte[] { 0xE0, 0 }, Encode(MqttDisconnectPacket.Instance));
        Assert.IsType<MqttPingReqPacket>(Decode(new byte[] { 0xC0, 0 }));
        Assert.IsType<MqttPingRespPacket>(Decode(new byte[] { 0xD0, 0 }));
        Assert.IsType<MqttDisconnectPacket>(Decode(new byte[] { 0xE0, 0 }));
    }

    // Remaining-length boundaries of the variable-length encoding (§2.2.3, table 2.4).
    [Theory]
    [InlineData(127, new byte[] { 0x7F })]
    [InlineData(128, new byte[] { 0x80, 0x01 })]
    [InlineData(16_383, new byte[] { 0xFF, 0x7F })]
    [InlineData(16_384, new byte[] { 0x80, 0x80, 0x01 })]
    [InlineData(2_097_151, new byte[] { 0xFF, 0xFF, 0x7F })]
    [InlineData(2_097_152, new byte[] { 0x80, 0x80, 0x80, 0x01 })]
    public void RemainingLengthBoundariesEncodeAndRoundTrip(int remainingLength, byte[] expectedLengthBytes)
    {
        // QoS 0 publish to topic "t": remaining = 2 + 1 + payload.
        var payload = new byte[remainingLength - 3];
        payload.AsSpan().Fill(0xA5);
        byte[] bytes = Encode(new MqttPublishPacket { Topic = "t", Payload = payload });

        Assert.Equal(expectedLengthBytes, bytes.AsSpan(1, expectedLengthBytes.Length).ToArray());
        Assert.Equal(1 + expectedLengthBytes.Length + remainingLength, bytes.Length);
        var decoded = (MqttPublishPacket)Decode(bytes);
        Assert.Equal(payload.Length, decoded.Payload.Length);
        Assert.True(decoded.Payload.Span.SequenceEqual(payload));
    }

    [Fact]
    public void LargestRemainingLengthIsReadFromTheHeader()
    {
        var reader = new MqttPacketReader(MqttClientOptionsBuilder.AbsoluteMaximumPacketSizeBytes);
        Assert.True(reader.TryReadFrameLength(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0x7F }, out int frameLength));
        Assert.Equal(268_435_455 + 5, frameLength);
    }

    [Fact]
    public void FrameLengthIsKnownBeforeTheBodyArrives()
    {
        var reader = new MqttPacketReader();
        Assert.False(reader.TryReadFrameLength(new byte[] { 0x30 }, out _));
        Assert.False(reader.TryReadFrameLength(new byte[] { 0x30, 0x80 }, out _));
        Assert.True(reader.TryReadFrameLength(new byte[] { 0x30, 0x80, 0x01 }, out int frameLength));
        Assert.Equal(131, frameLength);
        Assert.False(reader.TryRead(new byte[] { 0x30, 0x80, 0x01, 0, 1 }, out _, out _));
    }

    [Fact]
    public void SeveralPacketsInOneBufferAreReadOneByOne()
    {
        byte[] bytes = Encode(new MqttPubAckPacket(1)).Concat(Encode(MqttPingRespPacket.Instance)).Concat(Encode(new MqttPubAckPacket(2))).ToArray();
        var reader = new MqttPacketReader();
        int offset = 0;
        var identifiers = new List<int>();
        while (reader.TryRead(bytes.AsSpan(offset), out MqttPacket? packet, out int consumed))
        {
            offset += consumed;
            identifiers.Add(packet is MqttPubAckPacket ack ? ack.PacketIdentifier : -1);
        }

        Assert.Equal(new[] { 1, -1, 2 }, identifiers);
        Assert.Equal(bytes.Length, offset);
    }

    [Fact]
    public void WriterRefusesAStringLongerThan65535Bytes()
    {
        var packet = new MqttPublishPacket { Topic = new string('a', 65_536) };
        Assert.Throws<ArgumentException>(() => Encode(packet));
    }
}
