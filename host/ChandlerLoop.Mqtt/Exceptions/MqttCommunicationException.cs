namespace ChandlerLoop.Mqtt;

/// <summary>Transport failure, timeout or lost connection.</summary>
public class MqttCommunicationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MqttCommunicationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public MqttCommunicationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
