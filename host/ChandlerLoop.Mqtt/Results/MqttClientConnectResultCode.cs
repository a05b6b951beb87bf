namespace ChandlerLoop.Mqtt;

/// <summary>MQTT 3.1.1 CONNACK return codes (§3.2.2.3).</summary>
public enum MqttClientConnectResultCode
{
    /// <summary>0: connection accepted.</summary>
    Success = 0,

    /// <summary>1: the broker does not support MQTT 3.1.1.</summary>
    UnacceptableProtocolVersion = 1,

    /// <summary>2: the client identifier is not allowed.</summary>
    IdentifierRejected = 2,

    /// <summary>3: the MQTT service is unavailable.</summary>
    ServerUnavailable = 3,

    /// <summary>4: the user name or password is malformed or wrong.</summary>
    BadUserNameOrPassword = 4,

    /// <summary>5: the client is not authorized to connect.</summary>
    NotAuthorized = 5,
}
