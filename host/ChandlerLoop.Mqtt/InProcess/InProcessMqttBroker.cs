namespace ChandlerLoop.Mqtt;

/// <summary>
/// An MQTT broker inside the process, for single-machine use (demo, simulator, tests): its clients
/// implement <see cref="IMqttClient"/> with the semantics of a real MQTT 3.1.1 broker such as
/// Mosquitto 2.0. Retained messages (an empty retained payload clears), <c>+</c>/<c>#</c> filters
/// ($-topics not matched by leading wildcards), one delivery per session at the highest matching
/// granted QoS, QoS 1 acknowledged after the subscriber's handler completed (re-delivered with DUP
/// after a lost connection), persistent sessions queueing QoS 1 while offline, last will on abrupt
/// loss and on client-id takeover, optional user names/passwords and ACL.
/// No bytes are encoded: messages are handed over as objects (payloads copied at publish).
/// </summary>
public sealed partial class InProcessMqttBroker : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly InProcessBrokerOptions _options;
    private readonly Dictionary<string, InProcessSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MqttApplicationMessage> _retained = new(StringComparer.Ordinal);
    private long _droppedMessageCount;
    private long _deniedPublishCount;
    private bool _acceptingConnections = true;
    private bool _disposed;

    /// <summary>Creates a broker; null options accept every client and topic.</summary>
    public InProcessMqttBroker(InProcessBrokerOptions? options = null)
    {
        _options = options ?? new InProcessBrokerOptions();
        if (_options.MaxQueuedMessagesPerSession < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxQueuedMessagesPerSession,
                "MaxQueuedMessagesPerSession must be at least 1 (messages a session may hold).");
        }
    }

    /// <summary>Messages dropped because a session's queue was full.</summary>
    public long DroppedMessageCount
    {
        get
        {
            lock (_gate)
            {
                return _droppedMessageCount;
            }
        }
    }

    /// <summary>Publishes (and wills) refused by the ACL: acknowledged but not routed, as MQTT 3.1.1 brokers do.</summary>
    public long DeniedPublishCount
    {
        get
        {
            lock (_gate)
            {
                return _deniedPublishCount;
            }
        }
    }

    /// <summary>
    /// False simulates a broker that cannot be reached: connects fail with
    /// <see cref="MqttCommunicationException"/> (clients with auto-reconnect keep retrying). Setting it
    /// false does not drop open connections; use <see cref="InProcessMqttClient.SimulateConnectionLoss"/>.
    /// </summary>
    public bool IsAcceptingConnections
    {
        get
        {
            lock (_gate)
            {
                return _acceptingConnections;
            }
        }

        set
        {
            lock (_gate)
            {
                _acceptingConnections = value;
            }
        }
    }

    /// <summary>Creates a client of this broker (not yet connected). The options' server endpoint and TLS are ignored.</summary>
    public InProcessMqttClient CreateClient(MqttClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new InProcessMqttClient(this, options);
    }

    /// <summary>Closes every connection (no wills: the broker itself is going away) and refuses new ones.</summary>
    public ValueTask DisposeAsync()
    {
        List<InProcessConnection> closed = [];
        lock (_gate)
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
            foreach (var session in _sessions.Values)
            {
                if (session.Connection is { } connection && CloseLocked(connection, publishWill: false))
                {
                    closed.Add(connection);
                }
            }

            _sessions.Clear();
            _retained.Clear();
        }

        foreach (var connection in closed)
        {
            connection.Client.OnConnectionLost(connection,
                new MqttCommunicationException("The in-process broker was disposed."), "the in-process broker was disposed");
        }

        return ValueTask.CompletedTask;
    }

    internal InProcessConnection Connect(InProcessMqttClient client, MqttClientOptions options, out bool sessionPresent)
    {
        InProcessConnection connection;
        InProcessConnection? takenOver = null;
        lock (_gate)
        {
            ThrowIfUnreachableLocked();
            Authenticate(options);
            var clientId = options.ClientId.Length > 0 ? options.ClientId : "inproc-" + Guid.NewGuid().ToString("N");
            if (_sessions.TryGetValue(clientId, out var existing) && existing.Connection is { } old)
            {
                // Client-id takeover (MQTT 3.1.1 §3.1.4): the old connection is closed and, as
                // Mosquitto does, its will is published.
                CloseLocked(old, publishWill: true);
                takenOver = old;
            }

            _sessions.TryGetValue(clientId, out var session);
            if (session is not null && options.CleanSession)
            {
                _sessions.Remove(clientId);
                session = null;
            }

            sessionPresent = session is not null;
            if (session is null)
            {
                session = new InProcessSession(clientId);
                _sessions.Add(clientId, session);
            }

            session.CleanSession = options.CleanSession;
            session.UserName = options.UserName;
            connection = new InProcessConnection(client, session, CopyOf(options.WillMessage), options.UserName);
            session.Connection = connection;
            if (session.Queue.Count > 0)
            {
                connection.Notify();
            }
        }

        takenOver?.Client.OnConnectionLost(takenOver,
            new MqttCommunicationException($"Another client connected with the same client id \"{takenOver.Session.ClientId}\" and took over the session; give every client its own id."),
            "client id taken over by another connection");
        return connection;
    }

    /// <summary>Closes a connection; false if it was already closed. Publishes the will when asked.</summary>
    internal bool Close(InProcessConnection connection, bool publishWill)
    {
        lock (_gate)
        {
            return CloseLocked(connection, publishWill);
        }
    }

    internal void Publish(InProcessConnection connection, MqttApplicationMessage message)
    {
        lock (_gate)
        {
            ThrowIfClosedLocked(connection);
            if (Allowed(connection.Session.ClientId, connection.UserName, message.Topic, InProcessMqttAccess.Publish))
            {
                RouteLocked(message);
            }
            else
            {
                _deniedPublishCount++;
            }
        }
    }

    internal MqttClientSubscribeResultItem Subscribe(InProcessConnection connection, string topicFilter, MqttQualityOfServiceLevel qos)
    {
        lock (_gate)
        {
            ThrowIfClosedLocked(connection);
            var session = connection.Session;
            if (!Allowed(session.ClientId, connection.UserName, topicFilter, InProcessMqttAccess.Subscribe))
            {
                return new MqttClientSubscribeResultItem(topicFilter, true, MqttQualityOfServiceLevel.AtMostOnce,
                    $"The in-process broker refused the subscription to \"{topicFilter}\" (SUBACK 0x80): user \"{connection.UserName}\" may not read it under the broker's ACL (InProcessBrokerOptions.Authorize).");
            }

            session.Subscriptions[topicFilter] = qos;
            foreach (var retained in _retained.Values)
            {
                if (MqttTopicFilter.Matches(topicFilter, retained.Topic)
                    && Allowed(session.ClientId, session.UserName, retained.Topic, InProcessMqttAccess.Receive))
                {
                    EnqueueLocked(session, retained, Min(retained.QualityOfServiceLevel, qos), retain: true);
                }
            }

            return MqttClientSubscribeResultItem.Granted(topicFilter, qos);
        }
    }

    internal void Unsubscribe(InProcessConnection connection, string topicFilter)
    {
        lock (_gate)
        {
            ThrowIfClosedLocked(connection);
            connection.Session.Subscriptions.Remove(topicFilter);
        }
    }

    private bool CloseLocked(InProcessConnection connection, bool publishWill)
    {
        if (!connection.IsOpen)
        {
            return false;
        }

        connection.IsOpen = false;
        var session = connection.Session;
        if (ReferenceEquals(session.Connection, connection))
        {
            session.Connection = null;
            if (session.CleanSession && _sessions.TryGetValue(session.ClientId, out var current) && ReferenceEquals(current, session))
            {
                _sessions.Remove(session.ClientId);
            }
        }

        var will = connection.Will;
        connection.Will = null;
        if (publishWill && will is not null)
        {
            if (Allowed(session.ClientId, connection.UserName, will.Topic, InProcessMqttAccess.Publish))
            {
                RouteLocked(will);
            }
            else
            {
                _deniedPublishCount++;
            }
        }

        return true;
    }

    private void ThrowIfUnreachableLocked()
    {
        if (_disposed)
        {
            throw new MqttCommunicationException("The in-process broker has been disposed; create a new one.");
        }

        if (!_acceptingConnections)
        {
            throw new MqttCommunicationException(
                "The in-process broker is not accepting connections (IsAcceptingConnections is false: a simulated outage).");
        }
    }

    private static void ThrowIfClosedLocked(InProcessConnection connection)
    {
        if (!connection.IsOpen)
        {
            throw new MqttCommunicationException("The connection to the in-process broker was lost.");
        }
    }
}
