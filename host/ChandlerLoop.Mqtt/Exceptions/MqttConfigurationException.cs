namespace ChandlerLoop.Mqtt;

/// <summary>Invalid client options; the message says what is wrong and how to fix it.</summary>
public sealed class MqttConfigurationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public MqttConfigurationException(string message, string? paramName = null)
        : base(message, paramName)
    {
    }
}
