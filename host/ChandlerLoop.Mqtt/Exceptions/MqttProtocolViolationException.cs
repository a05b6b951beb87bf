namespace ChandlerLoop.Mqtt;

/// <summary>The broker sent a malformed or forbidden packet; the client closes the connection.</summary>
public sealed class MqttProtocolViolationException : MqttCommunicationException
{
    /// <summary>Creates the exception.</summary>
    public MqttProtocolViolationException(string message)
        : base(message)
    {
    }
}
