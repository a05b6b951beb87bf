namespace ChandlerLoop.Mqtt;

/// <summary>What a full offline queue does with one more publish while the client is reconnecting.</summary>
public enum MqttOfflineQueuePolicy
{
    /// <summary>Drop the oldest queued message (its publish completes with IsSuccess = false; counted in <see cref="MqttClient.DroppedQueuedMessageCount"/>).</summary>
    DropOldest,

    /// <summary>Refuse the new publish with <see cref="MqttQueueFullException"/>.</summary>
    RejectNew,
}
