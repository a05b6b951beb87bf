using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Host.Services.Messaging;

/// <summary>Subscribing a service's topic filters, failing loudly when the broker refuses one.</summary>
internal static class Subscriptions
{
    /// <summary>Subscribes <paramref name="topicFilter"/> at QoS 1.</summary>
    /// <exception cref="InvalidOperationException">The broker refused it (SUBACK 0x80), e.g. by its ACL.</exception>
    public static async Task SubscribeOrThrowAsync(IMqttClient client, string topicFilter, CancellationToken ct)
    {
        var result = await client.SubscribeAsync(topicFilter, MqttQualityOfServiceLevel.AtLeastOnce, ct).ConfigureAwait(false);
        var refused = result.Items.FirstOrDefault(i => i.IsFailure);
        if (refused is not null || result.Items.Count == 0)
        {
            throw new InvalidOperationException(refused?.ReasonText ?? "The broker did not answer the subscription to " + topicFilter + ".");
        }
    }
}
