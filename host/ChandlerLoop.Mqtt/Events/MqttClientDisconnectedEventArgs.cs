namespace ChandlerLoop.Mqtt;

/// <summary>
/// Raised when a connection ends (clean disconnect, lost connection, protocol violation, keep-alive
/// timeout) and when an automatic reconnect attempt fails (<see cref="ClientWasConnected"/> false).
/// </summary>
public sealed class MqttClientDisconnectedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    public MqttClientDisconnectedEventArgs(bool clientWasConnected, Exception? exception, string reason)
    {
        ClientWasConnected = clientWasConnected;
        Exception = exception;
        Reason = reason;
    }

    /// <summary>True when a live connection ended; false for a failed connect attempt.</summary>
    public bool ClientWasConnected { get; }

    /// <summary>The cause (e.g. <see cref="MqttProtocolViolationException"/>), or null for a clean disconnect.</summary>
    public Exception? Exception { get; }

    /// <summary>A readable reason.</summary>
    public string Reason { get; }
}
