namespace ChandlerLoop.Mqtt;

/// <summary>Raised after every successful connect, including automatic reconnects.</summary>
public sealed class MqttClientConnectedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    public MqttClientConnectedEventArgs(MqttClientConnectResult connectResult)
    {
        ConnectResult = connectResult;
    }

    /// <summary>The broker's CONNACK.</summary>
    public MqttClientConnectResult ConnectResult { get; }
}
