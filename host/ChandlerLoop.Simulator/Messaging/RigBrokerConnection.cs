using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Simulator.Messaging;

/// <summary>
/// How virtual rigs reach a broker: each rig gets its own <see cref="IMqttClient"/> with client id
/// = rig id, a persistent session (clean session off, as the firmware), keep-alive 30 s, the
/// retained offline status as last will, and no automatic reconnect (the rig reconnects itself,
/// as the firmware's network thread does). <see cref="InProcess"/> uses the
/// <see cref="InProcessMqttBroker"/>, <see cref="Tcp"/> a real broker such as Mosquitto.
/// </summary>
public sealed class RigBrokerConnection
{
    private readonly Func<MqttClientOptions, IMqttClient> _create;
    private readonly Action<string, MqttClientOptionsBuilder> _configure;

    private RigBrokerConnection(Func<MqttClientOptions, IMqttClient> create, Action<string, MqttClientOptionsBuilder> configure)
    {
        _create = create;
        _configure = configure;
    }

    /// <summary>Rigs connect to <paramref name="broker"/> in this process.</summary>
    public static RigBrokerConnection InProcess(InProcessMqttBroker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return new RigBrokerConnection(broker.CreateClient, (_, _) => { });
    }

    /// <summary>Rigs connect over TCP to <paramref name="host"/>:<paramref name="port"/>;
    /// <paramref name="credentials"/> gives each rig id its user name and password (null: none).</summary>
    public static RigBrokerConnection Tcp(string host, int port, Func<string, (string UserName, string Password)>? credentials = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        return new RigBrokerConnection(options => new MqttClient(options), (rigId, builder) =>
        {
            builder.WithTcpServer(host, port);
            if (credentials is not null)
            {
                (string user, string password) = credentials(rigId);
                builder.WithCredentials(user, password);
            }
        });
    }

    /// <summary>A new, unconnected client for rig <paramref name="rigId"/> with <paramref name="will"/> as last will.</summary>
    public IMqttClient CreateClient(string rigId, MqttApplicationMessage will)
    {
        MqttClientOptionsBuilder builder = new MqttClientOptionsBuilder()
            .WithClientId(rigId)
            .WithCleanSession(false)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithWillMessage(will)
            .WithTimeout(TimeSpan.FromSeconds(10));
        _configure(rigId, builder);
        return _create(builder.Build());
    }
}
