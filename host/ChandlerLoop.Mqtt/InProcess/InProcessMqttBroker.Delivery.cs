namespace ChandlerLoop.Mqtt;

/// <content>Routing, queueing and access checks of the in-process broker (all under its lock).</content>
public sealed partial class InProcessMqttBroker
{
    /// <summary>Next message for the connection: QoS 0 leaves the queue now, QoS 1 on <see cref="Acknowledge"/>.</summary>
    internal bool TryTakeNext(InProcessConnection connection, out InProcessDelivery? delivery, out MqttApplicationMessage? message)
    {
        lock (_gate)
        {
            delivery = null;
            message = null;
            var head = connection.Session.Queue.First;
            if (!connection.IsOpen || head is null)
            {
                return false;
            }

            delivery = head.Value;
            if (delivery.Message.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtMostOnce)
            {
                connection.Session.Queue.RemoveFirst();
            }

            var stored = delivery.Message;
            message = delivery.Sent ? CopyOf(stored, stored.QualityOfServiceLevel, stored.Retain, duplicate: true) : stored;
            delivery.Sent = true;
            return true;
        }
    }

    /// <summary>The PUBACK: the handler completed. Ignored when the connection was lost meanwhile (re-delivered later).</summary>
    internal void Acknowledge(InProcessConnection connection, InProcessDelivery delivery)
    {
        lock (_gate)
        {
            var queue = connection.Session.Queue;
            if (connection.IsOpen && queue.First is { } head && ReferenceEquals(head.Value, delivery))
            {
                queue.RemoveFirst();
            }
        }
    }

    private void RouteLocked(MqttApplicationMessage message)
    {
        if (message.Retain)
        {
            if (message.Payload.IsEmpty)
            {
                _retained.Remove(message.Topic);
            }
            else
            {
                _retained[message.Topic] = message;
            }
        }

        foreach (var session in _sessions.Values)
        {
            var best = -1;
            foreach (var subscription in session.Subscriptions)
            {
                if ((int)subscription.Value > best && MqttTopicFilter.Matches(subscription.Key, message.Topic))
                {
                    best = (int)subscription.Value;
                }
            }

            if (best < 0 || !Allowed(session.ClientId, session.UserName, message.Topic, InProcessMqttAccess.Receive))
            {
                continue;
            }

            var qos = Min(message.QualityOfServiceLevel, (MqttQualityOfServiceLevel)best);
            if (session.Connection is null && qos == MqttQualityOfServiceLevel.AtMostOnce && !_options.QueueQos0Messages)
            {
                continue;
            }

            EnqueueLocked(session, message, qos, retain: false);
        }
    }

    private void EnqueueLocked(InProcessSession session, MqttApplicationMessage message, MqttQualityOfServiceLevel qos, bool retain)
    {
        if (session.Queue.Count >= _options.MaxQueuedMessagesPerSession)
        {
            _droppedMessageCount++;
            return;
        }

        session.Queue.AddLast(new InProcessDelivery(CopyOf(message, qos, retain, duplicate: false)));
        session.Connection?.Notify();
    }

    private void Authenticate(MqttClientOptions options)
    {
        if (_options.Users is not { } users)
        {
            return;
        }

        if (options.UserName is null)
        {
            throw new MqttConnectingFailedException(MqttClientConnectResultCode.NotAuthorized,
                "The in-process broker refused the connection: not authorized (CONNACK 5). It requires a user name and password: call WithCredentials(user, password).");
        }

        if (!users.TryGetValue(options.UserName, out var password) || !string.Equals(password, options.Password, StringComparison.Ordinal))
        {
            throw new MqttConnectingFailedException(MqttClientConnectResultCode.BadUserNameOrPassword);
        }
    }

    private bool Allowed(string clientId, string? userName, string topic, InProcessMqttAccess access) =>
        _options.Authorize is not { } authorize || authorize(new InProcessAclRequest(clientId, userName, topic, access));

    private static MqttQualityOfServiceLevel Min(MqttQualityOfServiceLevel a, MqttQualityOfServiceLevel b) => a < b ? a : b;

    private static MqttApplicationMessage? CopyOf(MqttApplicationMessage? message) =>
        message is null ? null : CopyOf(message, message.QualityOfServiceLevel, message.Retain, duplicate: false);

    private static MqttApplicationMessage CopyOf(MqttApplicationMessage message, MqttQualityOfServiceLevel qos, bool retain, bool duplicate) => new()
    {
        Topic = message.Topic,
        Payload = message.Payload,
        QualityOfServiceLevel = qos,
        Retain = retain,
        Duplicate = duplicate,
    };
}
