namespace ChandlerLoop.Mqtt;

/// <summary>What a client of the <see cref="InProcessMqttBroker"/> asks to do with a topic.</summary>
public enum InProcessMqttAccess
{
    /// <summary>Publish to a topic name (also checked for the last will when it is published).</summary>
    Publish,

    /// <summary>Subscribe to a topic filter; refused subscriptions get a SUBACK failure.</summary>
    Subscribe,

    /// <summary>Receive one message on a topic name through a granted subscription.</summary>
    Receive,
}
