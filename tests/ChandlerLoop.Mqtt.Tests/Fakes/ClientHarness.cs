using System.Threading.Channels;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Tests.Fakes;

/// <summary>An <see cref="MqttClient"/> wired to a scripted broker factory and a manual clock, with its events recorded.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly Channel<MqttClientDisconnectedEventArgs> _disconnections = System.Threading.Channels.Channel.CreateUnbounded<MqttClientDisconnectedEventArgs>();
    private readonly Channel<MqttApplicationMessage> _received = System.Threading.Channels.Channel.CreateUnbounded<MqttApplicationMessage>();
    private readonly Channel<MqttClientConnectedEventArgs> _connections = System.Threading.Channels.Channel.CreateUnbounded<MqttClientConnectedEventArgs>();

    private ClientHarness(Action<MqttClientOptionsBuilder>? configure, double random)
    {
        var builder = new MqttClientOptionsBuilder().WithClientId("test-client").WithKeepAlivePeriod(TimeSpan.Zero);
        configure?.Invoke(builder);
        Client = new MqttClient(builder.Build(), Factory, Time, () => random);
        Client.DisconnectedAsync += args => _disconnections.Writer.WriteAsync(args).AsTask();
        Client.ConnectedAsync += args => _connections.Writer.WriteAsync(args).AsTask();
        Client.ApplicationMessageReceivedAsync += args => _received.Writer.WriteAsync(args.ApplicationMessage).AsTask();
    }

    public ScriptedBrokerFactory Factory { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    public MqttClient Client { get; }

    public static ClientHarness Create(Action<MqttClientOptionsBuilder>? configure = null, double random = 0.5) => new(configure, random);

    /// <summary>Connects the client and returns the broker end, after CONNECT/CONNACK.</summary>
    public async Task<ScriptedBroker> ConnectAsync(bool sessionPresent = false)
    {
        Task<MqttClientConnectResult> connect = Client.ConnectAsync();
        ScriptedBroker broker = await Factory.NextConnectionAsync();
        await broker.AcceptAsync(sessionPresent: sessionPresent);
        await connect.WaitAsync(ScriptedBroker.DefaultWait);
        return broker;
    }

    /// <summary>Waits for the broker end of a reconnect and accepts it.</summary>
    public async Task<ScriptedBroker> AcceptReconnectAsync(bool sessionPresent)
    {
        ScriptedBroker broker = await Factory.NextConnectionAsync();
        await broker.AcceptAsync(sessionPresent: sessionPresent);
        return broker;
    }

    public async Task<MqttClientDisconnectedEventArgs> NextDisconnectionAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptedBroker.DefaultWait);
        return await _disconnections.Reader.ReadAsync(timeout.Token);
    }

    public async Task<MqttClientConnectedEventArgs> NextConnectionEventAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptedBroker.DefaultWait);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    public async Task<MqttApplicationMessage> NextMessageAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptedBroker.DefaultWait);
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public static MqttApplicationMessage Message(string payload, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, string topic = "chandler/v1/rig-01/commands") =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(qos).Build();

    public static string PayloadOf(MqttPublishPacket packet) => System.Text.Encoding.UTF8.GetString(packet.Payload.Span);

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();
}
