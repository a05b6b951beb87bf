using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Mqtt.Tests.Formatter;

public class MqttMalformedPacketTests
{
    private static MqttProtocolViolationException Reject(params byte[] bytes)
    {
        var reader = new MqttPacketReader();
        return Assert.Throws<MqttProtocolViolationException>(() => reader.TryRead(bytes, out _, out _));
    }

    [Fact]
    public void RemainingLengthOfMoreThanFourBytesIsRejected()
    {
        Assert.Contains("more than 4 bytes", Reject(0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01).Message);
    }

    [Fact]
    public void PacketOverTheConfiguredMaximumIsRejectedFromItsHeader()
    {
        // Header announces 2 MiB; only the header is present, yet it is refused at once (no waiting for the body).
        var reader = new MqttPacketReader(1024 * 1024);
        var error = Assert.Throws<MqttProtocolViolationException>(() => reader.TryReadFrameLength(new byte[] { 0x30, 0x80, 0x80, 0x80, 0x01 }, out _));
        Assert.Contains("at most 1048576", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0 })] // type 0 reserved
    [InlineData(new byte[] { 0xF0, 0 })] // type 15 reserved
    public void ReservedPacketTypesAreRejected(byte[] bytes) => Assert.Contains("reserved packet type", Reject(bytes).Message);

    [Theory]
    [InlineData(new byte[] { 0x41, 2, 0, 1 })] // PUBACK with flags 0001
    [InlineData(new byte[] { 0x22, 2, 0, 0 })] // CONNACK with flags 0010
    [InlineData(new byte[] { 0xD8, 0 })] // PINGRESP with flags 1000
    [InlineData(new byte[] { 0x80, 5, 0, 1, 0, 1, (byte)'a' })] // SUBSCRIBE without the required 0010
    public void ReservedFlagsAreRejected(byte[] bytes) => Assert.Contains("must have flags", Reject(bytes).Message);

    [Fact]
    public void PublishWithQoS3IsRejected() => Assert.Contains("QoS 3", Reject(0x36, 5, 0, 1, (byte)'a', 0, 1).Message);

    [Fact]
    public void PublishWithQoS2IsRejectedAsUnsupported() => Assert.Contains("QoS 2", Reject(0x34, 5, 0, 1, (byte)'a', 0, 1).Message);

    [Fact]
    public void QoS2HandshakePacketsAreRejected() => Assert.Contains("QoS 2", Reject(0x50, 2, 0, 1).Message);

    [Fact]
    public void DupOnQoS0IsRejected() => Assert.Contains("DUP", Reject(0x38, 3, 0, 1, (byte)'a').Message);

    [Theory]
    [InlineData(new byte[] { 0x40, 2, 0, 0 })] // PUBACK id 0
    [InlineData(new byte[] { 0x32, 5, 0, 1, (byte)'a', 0, 0 })] // PUBLISH QoS 1 id 0
    [InlineData(new byte[] { 0x90, 3, 0, 0, 1 })] // SUBACK id 0
    [InlineData(new byte[] { 0xB0, 2, 0, 0 })] // UNSUBACK id 0
    public void ZeroPacketIdentifierIsRejected(byte[] bytes) => Assert.Contains("identifier 0", Reject(bytes).Message);

    [Theory]
    [InlineData(new byte[] { 0x30, 4, 0, 2, 0xC3, 0x28 })] // invalid 2-byte sequence
    [InlineData(new byte[] { 0x30, 4, 0, 2, 0xED, 0xA0 })] // truncated/surrogate encoding
    [InlineData(new byte[] { 0x30, 3, 0, 1, 0xFF })]
    public void InvalidUtf8TopicIsRejected(byte[] bytes) => Assert.Contains("not valid UTF-8", Reject(bytes).Message);

    [Fact]
    public void TopicWithNulIsRejected() => Assert.Contains("U+0000", Reject(0x30, 4, 0, 2, (byte)'a', 0).Message);

    [Fact]
    public void TopicWithWildcardIsRejected() => Assert.Contains("wildcard", Reject(0x30, 4, 0, 2, (byte)'a', (byte)'#').Message);

    [Fact]
    public void EmptyTopicIsRejected() => Assert.Contains("empty", Reject(0x30, 2, 0, 0).Message);

    [Theory]
    [InlineData(new byte[] { 0x30, 3, 0, 5, (byte)'a' })] // topic length 5 in a 3-byte body
    [InlineData(new byte[] { 0x32, 3, 0, 1, (byte)'a' })] // QoS 1 publish without its identifier
    [InlineData(new byte[] { 0x90, 1, 0 })] // SUBACK without a full identifier
    public void BodyShorterThanItsFieldsIsRejected(byte[] bytes) => Assert.Contains("ends where", Reject(bytes).Message);

    [Theory]
    [InlineData(new byte[] { 0x20, 3, 0, 0, 0 })] // CONNACK of 3 bytes
    [InlineData(new byte[] { 0x40, 3, 0, 1, 0 })] // PUBACK of 3 bytes
    [InlineData(new byte[] { 0x40, 1, 0 })] // PUBACK of 1 byte
    [InlineData(new byte[] { 0xD0, 1, 0 })] // PINGRESP with a body
    public void WrongFixedLengthIsRejected(byte[] bytes) => Assert.Contains("remaining length is", Reject(bytes).Message);

    [Theory]
    [InlineData(new byte[] { 0x20, 2, 0, 6 })] // return code 6
    [InlineData(new byte[] { 0x20, 2, 2, 0 })] // reserved acknowledge flag
    [InlineData(new byte[] { 0x20, 2, 1, 4 })] // session present on a refusal
    public void InvalidConnAckIsRejected(byte[] bytes) => Assert.StartsWith("Malformed CONNACK", Reject(bytes).Message);

    [Theory]
    [InlineData(new byte[] { 0x90, 2, 0, 1 })] // no return code
    [InlineData(new byte[] { 0x90, 3, 0, 1, 3 })] // return code 3
    public void InvalidSubAckIsRejected(byte[] bytes) => Assert.StartsWith("Malformed SUBACK", Reject(bytes).Message);

    [Fact]
    public void RandomBytesEitherDecodeNeedMoreOrRaiseAProtocolViolationOnly()
    {
        // Property: the reader never throws anything but MqttProtocolViolationException, never
        // reports consuming more bytes than it was given, and never hangs (it is synchronous).
        Prop.ForAll<byte[]>(bytes =>
        {
            var reader = new MqttPacketReader(4096);
            try
            {
                if (reader.TryRead(bytes, out MqttPacket? packet, out int consumed))
                {
                    return packet is not null && consumed > 0 && consumed <= bytes.Length;
                }

                return consumed == 0;
            }
            catch (MqttProtocolViolationException)
            {
                return true;
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MutatedValidPacketsEitherDecodeNeedMoreOrRaiseAProtocolViolationOnly()
    {
        byte[][] valid =
        {
            MqttPacketCodecTests.Encode(new MqttPublishPacket { Topic = "chandler/v1/rig-01/events", Payload = new byte[] { 1, 2, 3 }, QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce, PacketIdentifier = 5 }),
            MqttPacketCodecTests.Encode(new MqttConnAckPacket()),
            MqttPacketCodecTests.Encode(new MqttSubAckPacket(1, new byte[] { 1 })),
            MqttPacketCodecTests.Encode(new MqttPubAckPacket(9)),
        };
        Prop.ForAll(Gen.Choose(0, valid.Length - 1).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), ArbMap.Default.ArbFor<byte>(), (which, position, value) =>
        {
            byte[] bytes = (byte[])valid[which].Clone();
            bytes[position % bytes.Length] = value;
            try
            {
                new MqttPacketReader(4096).TryRead(bytes, out _, out int consumed);
                return consumed <= bytes.Length;
            }
            catch (MqttProtocolViolationException)
            {
                return true;
            }
        }).QuickCheckThrowOnFailure();
    }
}
