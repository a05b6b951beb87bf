namespace ChandlerLoop.Mqtt;

/// <summary>One access decision the <see cref="InProcessMqttBroker"/> asks its ACL callback for.</summary>
public sealed class InProcessAclRequest
{
    /// <summary>Creates a request.</summary>
    public InProcessAclRequest(string clientId, string? userName, string topic, InProcessMqttAccess access)
    {
        ClientId = clientId;
        UserName = userName;
        Topic = topic;
        Access = access;
    }

    /// <summary>Client id of the asking client.</summary>
    public string ClientId { get; }

    /// <summary>User name the client connected with, or null.</summary>
    public string? UserName { get; }

    /// <summary>The topic name (publish, receive) or topic filter (subscribe).</summary>
    public string Topic { get; }

    /// <summary>What the client wants to do.</summary>
    public InProcessMqttAccess Access { get; }
}
