namespace ChandlerLoop.Mqtt.Channel;

/// <summary>Opens <see cref="MqttTcpChannel"/>s.</summary>
internal sealed class MqttTcpChannelFactory : IMqttChannelFactory
{
    public static readonly MqttTcpChannelFactory Instance = new();

    public Task<IMqttChannel> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken) =>
        MqttTcpChannel.ConnectAsync(options, cancellationToken);
}
