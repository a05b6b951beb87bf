namespace ChandlerLoop.Mqtt;

/// <summary>
/// MQTT 3.1.1 quality of service. QoS 2 (exactly once) is not supported: the message builder, the
/// options builder and <see cref="IMqttClient.SubscribeAsync"/> refuse any other value.
/// </summary>
public enum MqttQualityOfServiceLevel
{
    /// <summary>QoS 0: sent once, never acknowledged; may be lost.</summary>
    AtMostOnce = 0,

    /// <summary>QoS 1: acknowledged with PUBACK and re-sent until acknowledged; may arrive more than once.</summary>
    AtLeastOnce = 1,
}
