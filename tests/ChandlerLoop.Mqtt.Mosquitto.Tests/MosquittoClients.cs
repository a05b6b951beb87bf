using ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests;

/// <summary>Builds our <see cref="MqttClient"/> for a test broker and the messages the tests send.</summary>
internal static class MosquittoClients
{
    public static MqttReconnectOptions FastReconnect => new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromMilliseconds(400),
    };

    /// <summary>Options for the plain listener, logged in as <paramref name="user"/> with the harness password.</summary>
    public static MqttClientOptionsBuilder Options(MosquittoBroker broker, string clientId,
        string user = MosquittoConfiguration.TesterUser, bool cleanSession = true) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(clientId)
            .WithCredentials(user, MosquittoConfiguration.Password)
            .WithCleanSession(cleanSession)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(10))
            .WithTimeout(TimeSpan.FromSeconds(5));

    public static async Task<MqttClient> ConnectedAsync(MosquittoBroker broker, MqttClientOptionsBuilder options)
    {
        var client = new MqttClient(options.Build());
        try
        {
            await client.ConnectAsync();
        }
        catch (Exception exception)
        {
            await client.DisposeAsync();
            throw new InvalidOperationException(broker.Describe("Connect failed: " + exception.Message), exception);
        }

        return client;
    }

    public static async Task SubscribeAsync(MosquittoBroker broker, IMqttClient client, string filter,
        MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce)
    {
        var result = await client.SubscribeAsync(filter, qos);
        Assert.True(result.Items[0].IsSuccess, broker.Describe(result.Items[0].ReasonText));
    }

    public static MqttApplicationMessage Message(string topic, string payload,
        MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, bool retain = false) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(qos).WithRetainFlag(retain).Build();
}
