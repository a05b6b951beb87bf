namespace ChandlerLoop.Mqtt;

/// <summary>A message delivered to a subscription of the client <see cref="ClientId"/>.</summary>
public sealed class MqttApplicationMessageReceivedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    public MqttApplicationMessageReceivedEventArgs(MqttApplicationMessage applicationMessage, string clientId)
    {
        ApplicationMessage = applicationMessage;
        ClientId = clientId;
    }

    /// <summary>The message.</summary>
    public MqttApplicationMessage ApplicationMessage { get; }

    /// <summary>Id of the receiving client.</summary>
    public string ClientId { get; }
}
