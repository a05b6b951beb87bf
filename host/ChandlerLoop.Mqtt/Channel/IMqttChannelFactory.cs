namespace ChandlerLoop.Mqtt.Channel;

/// <summary>Opens a channel to the broker named in the options (the seam tests replace with an in-memory pair).</summary>
internal interface IMqttChannelFactory
{
    Task<IMqttChannel> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken);
}
