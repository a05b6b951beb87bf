namespace ChandlerLoop.Mqtt;

/// <summary>Result of a successful connect (refusals throw <see cref="MqttConnectingFailedException"/>).</summary>
public sealed class MqttClientConnectResult
{
    /// <summary>Creates the result.</summary>
    public MqttClientConnectResult(MqttClientConnectResultCode resultCode, bool isSessionPresent)
    {
        ResultCode = resultCode;
        IsSessionPresent = isSessionPresent;
    }

    /// <summary>The CONNACK return code (Success for a returned result).</summary>
    public MqttClientConnectResultCode ResultCode { get; }

    /// <summary>True when the broker resumed a persistent session (its subscriptions and queued messages).</summary>
    public bool IsSessionPresent { get; }
}
