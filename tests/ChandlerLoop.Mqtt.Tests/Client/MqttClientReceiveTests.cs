using System.Buffers;
using System.Text;
using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientReceiveTests
{
    private static MqttPublishPacket Publish(string payload, ushort identifier = 0, bool duplicate = false, bool retain = false) => new()
    {
        Topic = "chandler/v1/rig-01/events",
        Payload = Encoding.UTF8.GetBytes(payload),
        QualityOfServiceLevel = identifier == 0 ? MqttQualityOfServiceLevel.AtMostOnce : MqttQualityOfServiceLevel.AtLeastOnce,
        PacketIdentifier = identifier,
        Duplicate = duplicate,
        Retain = retain,
    };

    [Fact]
    public async Task ReceivedQoS1IsAcknowledgedOnlyAfterTheHandlerCompletes()
    {
        await using ClientHarness harness = ClientHarness.Create();
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource<MqttApplicationMessage>();
        harness.Client.ApplicationMessageReceivedAsync += async args =>
        {
            entered.TrySetResult(args.ApplicationMessage);
            await release.Task;
        };
        ScriptedBroker broker = await harness.ConnectAsync();

        await broker.SendAsync(Publish("sample", identifier: 7, retain: true));
        MqttApplicationMessage message = await entered.Task.WaitAsync(ScriptedBroker.DefaultWait);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => broker.ReceiveAsync(TimeSpan.FromMilliseconds(200)));

        release.SetResult();
        MqttPubAckPacket ack = await broker.ReceiveAsync<MqttPubAckPacket>();

        Assert.Equal(7, ack.PacketIdentifier);
        Assert.Equal("sample", Encoding.UTF8.GetString(message.Payload.Span));
        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, message.QualityOfServiceLevel);
        Assert.True(message.Retain);
    }

    [Fact]
    public async Task DuplicateQoS1IsStillDeliveredAndFlagged()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        await broker.SendAsync(Publish("again", identifier: 3, duplicate: true));

        MqttApplicationMessage message = await harness.NextMessageAsync();
        Assert.True(message.Duplicate);
        Assert.Equal(3, (await broker.ReceiveAsync<MqttPubAckPacket>()).PacketIdentifier);
    }

    [Fact]
    public async Task ManyPacketsInOneWriteAreDeliveredInOrderAndAllAcknowledged()
    {
        const int count = 3000;
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        var bytes = new ArrayBufferWriter<byte>();
        for (int i = 1; i <= count; i++)
        {
            MqttPacketWriter.Write(Publish(i.ToString(System.Globalization.CultureInfo.InvariantCulture), identifier: (ushort)i), bytes);
        }

        await broker.SendRawAsync(bytes.WrittenSpan.ToArray());

        for (int i = 1; i <= count; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetString((await harness.NextMessageAsync()).Payload.Span));
        }

        var acknowledged = new HashSet<int>();
        for (int i = 0; i < count; i++)
        {
            acknowledged.Add((await broker.ReceiveAsync<MqttPubAckPacket>()).PacketIdentifier);
        }

        Assert.Equal(count, acknowledged.Count);
    }

    [Fact]
    public async Task APacketSplitAcrossManyWritesIsReassembled()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();
        var bytes = new ArrayBufferWriter<byte>();
        string big = new('x', 200_000);
        MqttPacketWriter.Write(Publish(big), bytes);
        byte[] all = bytes.WrittenSpan.ToArray();

        for (int offset = 0; offset < all.Length; offset += 7_000)
        {
            await broker.SendRawAsync(all.AsSpan(offset, Math.Min(7_000, all.Length - offset)).ToArray());
        }

        Assert.Equal(big, Encoding.UTF8.GetString((await harness.NextMessageAsync()).Payload.Span));
    }

    public static TheoryData<byte[], string> MalformedFromBroker => new()
    {
        { new byte[] { 0xF0, 0 }, "reserved packet type" },
        { new byte[] { 0x36, 5, 0, 1, (byte)'a', 0, 1 }, "QoS 3" },
        { new byte[] { 0x30, 4, 0, 2, 0xC3, 0x28 }, "UTF-8" },
        { new byte[] { 0x41, 2, 0, 1 }, "flags" },
        { new byte[] { 0x40, 2, 0, 0 }, "identifier 0" },
        { new byte[] { 0x20, 2, 0, 0 }, "CONNACK" },
        { new byte[] { 0x80 | 0x02, 5, 0, 1, 0, 1, (byte)'a' }, "Subscribe" },
        { new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0x7F }, "accepts at most" },
        { new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, "more than 4 bytes" },
    };

    [Theory]
    [MemberData(nameof(MalformedFromBroker))]
    public async Task MalformedPacketFromTheBrokerClosesTheConnectionWithAProtocolViolation(byte[] bytes, string expected)
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        await broker.SendRawAsync(bytes);

        MqttClientDisconnectedEventArgs disconnected = await harness.NextDisconnectionAsync();
        var violation = Assert.IsType<MqttProtocolViolationException>(disconnected.Exception);
        Assert.Contains(expected, violation.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(disconnected.ClientWasConnected);
        Assert.False(harness.Client.IsConnected);
        Assert.True(await broker.ClosedByClientAsync());
    }

    [Fact]
    public async Task TruncatedPacketFollowedByBrokerCloseIsAConnectionLossNotAHang()
    {
        await using ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        await broker.SendRawAsync(0x30, 10, 0, 3, (byte)'a');
        broker.Drop();

        MqttClientDisconnectedEventArgs disconnected = await harness.NextDisconnectionAsync();
        Assert.Contains("closed the connection", disconnected.Exception!.Message);
    }

    [Fact]
    public async Task AThrowingHandlerDoesNotStopDeliveryAndTheMessageIsStillAcknowledged()
    {
        await using ClientHarness harness = ClientHarness.Create();
        harness.Client.ApplicationMessageReceivedAsync += _ => throw new InvalidOperationException("application bug");
        ScriptedBroker broker = await harness.ConnectAsync();

        await broker.SendAsync(Publish("one", identifier: 1));
        await broker.SendAsync(Publish("two", identifier: 2));

        Assert.Equal("one", Encoding.UTF8.GetString((await harness.NextMessageAsync()).Payload.Span));
        Assert.Equal("two", Encoding.UTF8.GetString((await harness.NextMessageAsync()).Payload.Span));
        Assert.Equal(1, (await broker.ReceiveAsync<MqttPubAckPacket>()).PacketIdentifier);
        Assert.Equal(2, (await broker.ReceiveAsync<MqttPubAckPacket>()).PacketIdentifier);
        Assert.True(harness.Client.IsConnected);
    }
}
