using System.Text;

namespace ChandlerLoop.Mqtt;

/// <summary>
/// Builds <see cref="MqttClientOptions"/>. <see cref="Build"/> validates everything and throws
/// <see cref="MqttConfigurationException"/> listing each problem with how to fix it.
/// Defaults: generated client id, clean session, keep-alive 15 s, timeout 10 s, no TLS, no
/// automatic reconnect, offline queue of 10 000 messages with <see cref="MqttOfflineQueuePolicy.RejectNew"/>,
/// incoming packets up to 1 MiB.
/// </summary>
public sealed class MqttClientOptionsBuilder
{
    /// <summary>Default largest accepted incoming packet: 1 MiB (rig messages are at most 2 KiB).</summary>
    public const int DefaultMaximumIncomingPacketSizeBytes = 1024 * 1024;

    /// <summary>Largest possible MQTT packet: 1 type byte + 4 length bytes + 268 435 455.</summary>
    public const int AbsoluteMaximumPacketSizeBytes = 268_435_455 + 5;

    private string? _host;
    private int _port = 1883;
    private string? _clientId;
    private string? _userName;
    private string? _password;
    private bool _cleanSession = true;
    private TimeSpan _keepAlivePeriod = TimeSpan.FromSeconds(15);
    private MqttApplicationMessage? _willMessage;
    private MqttClientTlsOptions? _tlsOptions;
    private TimeSpan _timeout = TimeSpan.FromSeconds(10);
    private MqttReconnectOptions? _reconnectOptions;
    private int _offlineQueueCapacity = 10_000;
    private MqttOfflineQueuePolicy _offlineQueuePolicy = MqttOfflineQueuePolicy.RejectNew;
    private int _maximumIncomingPacketSizeBytes = DefaultMaximumIncomingPacketSizeBytes;

    /// <summary>Broker host name or address and TCP port.</summary>
    public MqttClientOptionsBuilder WithTcpServer(string host, int port = 1883)
    {
        _host = host;
        _port = port;
        return this;
    }

    /// <summary>Client identifier (rigs use their rig id). Not set: a random id "cl" + 20 hex digits.</summary>
    public MqttClientOptionsBuilder WithClientId(string clientId)
    {
        _clientId = clientId;
        return this;
    }

    /// <summary>User name and password for the broker's password file.</summary>
    public MqttClientOptionsBuilder WithCredentials(string userName, string password)
    {
        _userName = userName;
        _password = password;
        return this;
    }

    /// <summary>True (default): fresh session. False: persistent session, the broker keeps subscriptions and QoS 1 messages while offline.</summary>
    public MqttClientOptionsBuilder WithCleanSession(bool cleanSession = true)
    {
        _cleanSession = cleanSession;
        return this;
    }

    /// <summary>Keep-alive period in whole seconds (0 disables). The connection is declared lost when nothing arrives for 1.5 × this period.</summary>
    public MqttClientOptionsBuilder WithKeepAlivePeriod(TimeSpan keepAlivePeriod)
    {
        _keepAlivePeriod = keepAlivePeriod;
        return this;
    }

    /// <summary>Last will, published by the broker if the connection is lost without a clean DISCONNECT.</summary>
    public MqttClientOptionsBuilder WithWillMessage(MqttApplicationMessage? willMessage)
    {
        _willMessage = willMessage;
        return this;
    }

    /// <summary>Use TLS with these settings.</summary>
    public MqttClientOptionsBuilder WithTlsOptions(MqttClientTlsOptions? tlsOptions)
    {
        _tlsOptions = tlsOptions;
        return this;
    }

    /// <summary>Time allowed for connect + CONNACK and for each SUBACK/UNSUBACK.</summary>
    public MqttClientOptionsBuilder WithTimeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <summary>Reconnect automatically after a lost connection (null: default back-off 1 s .. 60 s, ±20 %).</summary>
    public MqttClientOptionsBuilder WithAutoReconnect(MqttReconnectOptions? reconnectOptions = null)
    {
        _reconnectOptions = reconnectOptions ?? new MqttReconnectOptions();
        return this;
    }

    /// <summary>Bounded outgoing queue used while reconnecting, and what happens when it is full.</summary>
    public MqttClientOptionsBuilder WithOfflineQueue(int capacity, MqttOfflineQueuePolicy policy)
    {
        _offlineQueueCapacity = capacity;
        _offlineQueuePolicy = policy;
        return this;
    }

    /// <summary>Largest packet accepted from the broker, in bytes; larger ones close the connection.</summary>
    public MqttClientOptionsBuilder WithMaximumIncomingPacketSize(int bytes)
    {
        _maximumIncomingPacketSizeBytes = bytes;
        return this;
    }

    /// <summary>Validates and returns the options.</summary>
    /// <exception cref="MqttConfigurationException">One or more settings are invalid; the message lists them.</exception>
    public MqttClientOptions Build()
    {
        var problems = new List<string>();
        string clientId = _clientId ?? GenerateClientId();
        ValidateServer(problems);
        ValidateIdentity(clientId, problems);
        ValidateTiming(problems);
        ValidateWill(problems);
        ValidateQueue(problems);
        MqttTlsOptionsValidator.Validate(_tlsOptions, problems);
        if (problems.Count > 0)
        {
            var message = new StringBuilder("Invalid MQTT client options:");
            foreach (string problem in problems)
            {
                message.Append("\n - ").Append(problem);
            }

            throw new MqttConfigurationException(message.ToString());
        }

        return new MqttClientOptions
        {
            Host = _host,
            Port = _port,
            ClientId = clientId,
            UserName = _userName,
            Password = _password,
            CleanSession = _cleanSession,
            KeepAlivePeriod = _keepAlivePeriod,
            WillMessage = _willMessage,
            TlsOptions = _tlsOptions,
            Timeout = _timeout,
            ReconnectOptions = _reconnectOptions is null ? null : new MqttReconnectOptions
            {
                InitialDelay = _reconnectOptions.InitialDelay,
                MaxDelay = _reconnectOptions.MaxDelay,
                JitterFraction = _reconnectOptions.JitterFraction,
                Enabled = _reconnectOptions.Enabled,
            },
            OfflineQueueCapacity = _offlineQueueCapacity,
            OfflineQueuePolicy = _offlineQueuePolicy,
            MaximumIncomingPacketSizeBytes = _maximumIncomingPacketSizeBytes,
        };
    }

    private static string GenerateClientId() => "cl" + Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 10).ToLowerInvariant();

    private void ValidateServer(List<string> problems)
    {
        if (_host is not null && string.IsNullOrWhiteSpace(_host))
        {
            problems.Add("The server host is empty: pass a host name or address to WithTcpServer, e.g. WithTcpServer(\"localhost\", 1883).");
        }

        if (_port < 1 || _port > 65535)
        {
            problems.Add($"The server port {_port} is out of range: use 1..65535 (1883 for plain MQTT, 8883 for TLS).");
        }
    }

    private void ValidateIdentity(string clientId, List<string> problems)
    {
        if (clientId.Length == 0 && !_cleanSession)
        {
            problems.Add("A persistent session (WithCleanSession(false)) needs a client id: call WithClientId(\"rig-01\") so the broker can find the session again.");
        }

        CheckString(clientId, "client id", problems);
        if (_userName is not null)
        {
            CheckString(_userName, "user name", problems);
        }

        if (_password is not null && Encoding.UTF8.GetByteCount(_password) > 65535)
        {
            problems.Add("The password is longer than 65535 bytes: shorten it.");
        }
    }

    private void ValidateTiming(List<string> problems)
    {
        double keepAliveSeconds = _keepAlivePeriod.TotalSeconds;
        if (keepAliveSeconds < 0 || keepAliveSeconds > 65535 || _keepAlivePeriod.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Add($"The keep-alive period {keepAliveSeconds} s is invalid: use whole seconds from 0 (disabled) to 65535, e.g. TimeSpan.FromSeconds(15).");
        }

        if (_timeout <= TimeSpan.Zero || _timeout > TimeSpan.FromHours(1))
        {
            problems.Add($"The timeout {_timeout.TotalSeconds} s is invalid: use more than 0 and at most 1 hour, e.g. TimeSpan.FromSeconds(10).");
        }

        if (_reconnectOptions is not null)
        {
            if (_reconnectOptions.InitialDelay <= TimeSpan.Zero)
            {
                problems.Add("The reconnect InitialDelay must be more than zero, e.g. 1 second.");
            }

            if (_reconnectOptions.MaxDelay < _reconnectOptions.InitialDelay)
            {
                problems.Add($"The reconnect MaxDelay ({_reconnectOptions.MaxDelay.TotalSeconds} s) is less than InitialDelay ({_reconnectOptions.InitialDelay.TotalSeconds} s): make MaxDelay at least InitialDelay.");
            }

            if (!(_reconnectOptions.JitterFraction >= 0 && _reconnectOptions.JitterFraction <= 1))
            {
                problems.Add($"The reconnect JitterFraction {_reconnectOptions.JitterFraction} is out of range: use 0..1 (0.2 means ±20 %).");
            }
        }
    }

    private void ValidateWill(List<string> problems)
    {
        if (_willMessage is null)
        {
            return;
        }

        if (!MqttTopicFilter.IsValidTopic(_willMessage.Topic, out string? error))
        {
            problems.Add("Will message: " + error);
        }

        if (_willMessage.QualityOfServiceLevel is not (MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce))
        {
            problems.Add($"Will message: QoS {(int)_willMessage.QualityOfServiceLevel} is not supported; use 0 or 1.");
        }

        if (_willMessage.Payload.Length > 65535)
        {
            problems.Add($"Will message: the payload is {_willMessage.Payload.Length} bytes; MQTT 3.1.1 allows at most 65535 in CONNECT.");
        }
    }

    private void ValidateQueue(List<string> problems)
    {
        if (_offlineQueueCapacity < 1 || _offlineQueueCapacity > 10_000_000)
        {
            problems.Add($"The offline queue capacity {_offlineQueueCapacity} is out of range: use 1..10000000 messages.");
        }

        if (_offlineQueuePolicy is not (MqttOfflineQueuePolicy.DropOldest or MqttOfflineQueuePolicy.RejectNew))
        {
            problems.Add($"The offline queue policy {(int)_offlineQueuePolicy} is unknown: use DropOldest or RejectNew.");
        }

        if (_maximumIncomingPacketSizeBytes < 128 || _maximumIncomingPacketSizeBytes > AbsoluteMaximumPacketSizeBytes)
        {
            problems.Add($"The maximum incoming packet size {_maximumIncomingPacketSizeBytes} bytes is out of range: use 128..{AbsoluteMaximumPacketSizeBytes}.");
        }
    }

    private static void CheckString(string value, string what, List<string> problems)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add($"The {what} contains U+0000, which MQTT forbids: remove it.");
        }

        if (Encoding.UTF8.GetByteCount(value) > 65535)
        {
            problems.Add($"The {what} is longer than 65535 bytes of UTF-8: shorten it.");
        }
    }
}
