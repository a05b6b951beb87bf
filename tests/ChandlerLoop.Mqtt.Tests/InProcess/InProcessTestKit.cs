namespace ChandlerLoop.Mqtt.Tests.InProcess;

/// <summary>Short-hands for building options and messages in the in-process broker tests.</summary>
internal static class InProcessTestKit
{
    public static MqttReconnectOptions FastReconnect => new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(40),
    };

    public static MqttClientOptionsBuilder Options(string clientId, bool cleanSession = true) =>
        new MqttClientOptionsBuilder().WithClientId(clientId).WithCleanSession(cleanSession);

    public static MqttApplicationMessage Message(string topic, string payload,
        MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, bool retain = false) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(qos).WithRetainFlag(retain).Build();

    public static async Task<InProcessMqttClient> ConnectedAsync(InProcessMqttBroker broker, MqttClientOptionsBuilder options)
    {
        var client = broker.CreateClient(options.Build());
        await client.ConnectAsync();
        return client;
    }

    /// <summary>Polls a condition for up to 5 s (events are raised on other threads).</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(10);
        }

        return condition();
    }
}
