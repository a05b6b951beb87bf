namespace ChandlerLoop.Mqtt;

/// <summary>The broker refused CONNECT with a non-zero CONNACK return code.</summary>
public sealed class MqttConnectingFailedException : MqttCommunicationException
{
    /// <summary>Creates the exception with the standard explanation of <paramref name="resultCode"/>.</summary>
    public MqttConnectingFailedException(MqttClientConnectResultCode resultCode)
        : this(resultCode, DescribeRefusal(resultCode))
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    public MqttConnectingFailedException(MqttClientConnectResultCode resultCode, string message)
        : base(message)
    {
        ResultCode = resultCode;
    }

    /// <summary>The CONNACK return code.</summary>
    public MqttClientConnectResultCode ResultCode { get; }

    /// <summary>A sentence saying why the broker refused and what to check.</summary>
    public static string DescribeRefusal(MqttClientConnectResultCode resultCode) => resultCode switch
    {
        MqttClientConnectResultCode.UnacceptableProtocolVersion =>
            "The broker refused the connection: unacceptable protocol version (CONNACK 1). This client speaks MQTT 3.1.1; enable it on the broker (Mosquitto supports it by default).",
        MqttClientConnectResultCode.IdentifierRejected =>
            "The broker refused the connection: client identifier rejected (CONNACK 2). Use 1-23 characters a-z, A-Z, 0-9 (the rig id), or check the broker's client id rules.",
        MqttClientConnectResultCode.ServerUnavailable =>
            "The broker refused the connection: server unavailable (CONNACK 3). The broker is up but not accepting MQTT connections; retry later or check the broker's log.",
        MqttClientConnectResultCode.BadUserNameOrPassword =>
            "The broker refused the connection: bad user name or password (CONNACK 4). Check the credentials in the client options (WithCredentials) against the broker's password file.",
        MqttClientConnectResultCode.NotAuthorized =>
            "The broker refused the connection: not authorized (CONNACK 5). This user or client id may not connect; check the broker's ACL and the client certificate.",
        _ => $"The broker refused the connection with CONNACK return code {(int)resultCode}.",
    };
}
