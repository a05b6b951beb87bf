namespace ChandlerLoop.Mqtt;

/// <summary>Result of a SUBSCRIBE: one item per topic filter, in order.</summary>
public sealed class MqttClientSubscribeResult
{
    /// <summary>Creates the result.</summary>
    public MqttClientSubscribeResult(IReadOnlyList<MqttClientSubscribeResultItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <summary>One item per filter.</summary>
    public IReadOnlyList<MqttClientSubscribeResultItem> Items { get; }
}
