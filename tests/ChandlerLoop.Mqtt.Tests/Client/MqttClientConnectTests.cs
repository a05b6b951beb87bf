using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientConnectTests
{
    [Fact]
    public async Task ConnectSendsClientIdCredentialsWillKeepAliveAndPersistentSession()
    {
        MqttApplicationMessage will = new MqttApplicationMessageBuilder()
            .WithTopic("chandler/v1/rig-01/status").WithPayload("{\"online\":false}")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag().Build();
        await using ClientHarness harness = ClientHarness.Create(b => b
            .WithClientId("rig-01").WithCredentials("rig-01", "pw").WithCleanSession(false)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(20)).WithWillMessage(will));

        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync();
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        MqttConnectPacket packet = await broker.AcceptAsync(sessionPresent: true);
        MqttClientConnectResult result = await connect;

        Assert.Equal("rig-01", packet.ClientId);
        Assert.Equal("rig-01", packet.UserName);
        Assert.Equal("pw", packet.Password);
        Assert.False(packet.CleanSession);
        Assert.Equal(20, packet.KeepAliveSeconds);
        Assert.Equal("chandler/v1/rig-01/status", packet.WillTopic);
        Assert.Equal("{\"online\":false}", System.Text.Encoding.UTF8.GetString(packet.WillPayload.Span));
        Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, packet.WillQualityOfServiceLevel);
        Assert.True(packet.WillRetain);
        Assert.True(result.IsSessionPresent);
        Assert.True(harness.Client.IsConnected);
        Assert.True((await harness.NextConnectionEventAsync()).ConnectResult.IsSessionPresent);
    }

    [Theory]
    [InlineData(MqttClientConnectResultCode.UnacceptableProtocolVersion, "protocol version")]
    [InlineData(MqttClientConnectResultCode.IdentifierRejected, "identifier")]
    [InlineData(MqttClientConnectResultCode.ServerUnavailable, "unavailable")]
    [InlineData(MqttClientConnectResultCode.BadUserNameOrPassword, "credentials")]
    [InlineData(MqttClientConnectResultCode.NotAuthorized, "ACL")]
    public async Task EveryRefusalBecomesAnExceptionWithItsCodeAndAdvice(MqttClientConnectResultCode code, string advice)
    {
        await using ClientHarness harness = ClientHarness.Create();
        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync();
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        await broker.AcceptAsync(code);

        var error = await Assert.ThrowsAsync<MqttConnectingFailedException>(() => connect);

        Assert.Equal(code, error.ResultCode);
        Assert.Contains($"CONNACK {(int)code}", error.Message);
        Assert.Contains(advice, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(harness.Client.IsConnected);
        Assert.True(await broker.ClosedByClientAsync());
    }

    [Fact]
    public async Task ConnectTimesOutWhenTheBrokerNeverAnswers()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithTimeout(TimeSpan.FromSeconds(3)));
        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync();
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        await broker.ReceiveAsync<MqttConnectPacket>();

        harness.Time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(connect.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));

        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => connect.WaitAsync(ScriptedBroker.DefaultWait));
        Assert.Contains("timed out after 3 s", error.Message);
        Assert.False(harness.Client.IsConnected);
    }

    [Fact]
    public async Task BrokerClosingBeforeConnAckIsAClearError()
    {
        await using ClientHarness harness = ClientHarness.Create();
        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync();
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        await broker.ReceiveAsync<MqttConnectPacket>();
        broker.Drop();

        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => connect.WaitAsync(ScriptedBroker.DefaultWait));
        Assert.Contains("before answering CONNECT", error.Message);
    }

    [Fact]
    public async Task PacketOtherThanConnAckFirstIsAProtocolViolation()
    {
        await using ClientHarness harness = ClientHarness.Create();
        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync();
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        await broker.ReceiveAsync<MqttConnectPacket>();
        await broker.SendAsync(new MqttPubAckPacket(1));

        await Assert.ThrowsAsync<MqttProtocolViolationException>(() => connect.WaitAsync(ScriptedBroker.DefaultWait));
    }

    [Fact]
    public async Task ConnectCanBeCancelled()
    {
        await using ClientHarness harness = ClientHarness.Create();
        using var cancellation = new CancellationTokenSource();
        Task<MqttClientConnectResult> connect = harness.Client.ConnectAsync(cancellation.Token);
        ScriptedBroker broker = await harness.Factory.NextConnectionAsync();
        await broker.ReceiveAsync<MqttConnectPacket>();

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect.WaitAsync(ScriptedBroker.DefaultWait));
        Assert.False(harness.Client.IsConnected);
    }

    [Fact]
    public async Task ConnectingTwiceIsRefused()
    {
        await using ClientHarness harness = ClientHarness.Create();
        await harness.ConnectAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.ConnectAsync());
    }

    [Fact]
    public async Task DisconnectSendsDisconnectClosesAndReportsACleanEnd()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect());
        ScriptedBroker broker = await harness.ConnectAsync();

        await harness.Client.DisconnectAsync();

        await broker.ReceiveAsync<MqttDisconnectPacket>();
        Assert.True(await broker.ClosedByClientAsync());
        MqttClientDisconnectedEventArgs disconnected = await harness.NextDisconnectionAsync();
        Assert.True(disconnected.ClientWasConnected);
        Assert.Null(disconnected.Exception);
        Assert.False(harness.Client.IsConnected);
        Assert.Equal(1, harness.Factory.ConnectAttempts); // no reconnect after a clean disconnect
    }

    [Fact]
    public async Task DisposeWithoutDisconnectClosesWithoutDisconnectPacketSoTheWillIsPublished()
    {
        ClientHarness harness = ClientHarness.Create();
        ScriptedBroker broker = await harness.ConnectAsync();

        await harness.DisposeAsync();

        Assert.True(await broker.ClosedByClientAsync()); // EOF, no DISCONNECT first
        await Assert.ThrowsAsync<ObjectDisposedException>(() => harness.Client.PublishAsync(ClientHarness.Message("x")));
    }

    [Fact]
    public async Task ReconnectingClientCanBeDisconnectedAndStopsTrying()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithAutoReconnect());
        ScriptedBroker broker = await harness.ConnectAsync();
        harness.Factory.Refuse = true;
        broker.Drop();
        await harness.NextDisconnectionAsync();

        await harness.Client.DisconnectAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, harness.Factory.ConnectAttempts);
    }
}
