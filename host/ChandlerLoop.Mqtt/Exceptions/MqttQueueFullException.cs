namespace ChandlerLoop.Mqtt;

/// <summary>A publish was refused because the offline queue is full and its policy is <see cref="MqttOfflineQueuePolicy.RejectNew"/>.</summary>
public sealed class MqttQueueFullException : MqttCommunicationException
{
    /// <summary>Creates the exception.</summary>
    public MqttQueueFullException(string message)
        : base(message)
    {
    }
}
