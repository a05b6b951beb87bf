using System.Threading.Channels;
using ChandlerLoop.Mqtt.Channel;

namespace ChandlerLoop.Mqtt.Tests.Fakes;

/// <summary>Channel factory whose every connect creates an in-memory pair and hands the broker end to the test.</summary>
internal sealed class ScriptedBrokerFactory : IMqttChannelFactory
{
    private readonly Channel<ScriptedBroker> _accepted = System.Threading.Channels.Channel.CreateUnbounded<ScriptedBroker>();
    private int _connectAttempts;

    /// <summary>While true, connects fail like a refused TCP connection.</summary>
    public bool Refuse { get; set; }

    public int ConnectAttempts => Volatile.Read(ref _connectAttempts);

    public Task<IMqttChannel> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectAttempts);
        if (Refuse)
        {
            return Task.FromException<IMqttChannel>(new MqttCommunicationException("Connection refused (scripted)."));
        }

        (MqttInMemoryChannel client, MqttInMemoryChannel server) = MqttInMemoryChannel.CreatePair();
        _accepted.Writer.TryWrite(new ScriptedBroker(server));
        return Task.FromResult<IMqttChannel>(client);
    }

    /// <summary>The broker end of the next connection the client opens.</summary>
    public async Task<ScriptedBroker> NextConnectionAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? ScriptedBroker.DefaultWait);
        return await _accepted.Reader.ReadAsync(timeout.Token);
    }
}
