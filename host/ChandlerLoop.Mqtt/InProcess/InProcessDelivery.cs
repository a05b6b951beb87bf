namespace ChandlerLoop.Mqtt;

/// <summary>One message queued for one session, with the QoS and retain flag it is delivered with.</summary>
internal sealed class InProcessDelivery
{
    public InProcessDelivery(MqttApplicationMessage message)
    {
        Message = message;
    }

    /// <summary>The message as the subscriber receives it (Duplicate is set per attempt).</summary>
    public MqttApplicationMessage Message { get; }

    /// <summary>True once handed to a handler: a later attempt is a re-delivery (DUP).</summary>
    public bool Sent { get; set; }
}
