namespace ChandlerLoop.Mqtt;

/// <summary>The broker's answer for one topic filter of a SUBSCRIBE: the granted QoS, or failure (SUBACK 0x80).</summary>
public sealed class MqttClientSubscribeResultItem
{
    /// <summary>Creates an item.</summary>
    public MqttClientSubscribeResultItem(string topicFilter, bool isFailure, MqttQualityOfServiceLevel grantedQoS, string reasonText)
    {
        TopicFilter = topicFilter;
        IsFailure = isFailure;
        GrantedQoS = grantedQoS;
        ReasonText = reasonText;
    }

    /// <summary>The filter that was subscribed.</summary>
    public string TopicFilter { get; }

    /// <summary>True when the broker refused the subscription (SUBACK return code 0x80), e.g. denied by its ACL.</summary>
    public bool IsFailure { get; }

    /// <summary>True when the subscription was granted.</summary>
    public bool IsSuccess => !IsFailure;

    /// <summary>The QoS the broker granted (may be lower than requested); meaningless when <see cref="IsFailure"/>.</summary>
    public MqttQualityOfServiceLevel GrantedQoS { get; }

    /// <summary>A readable explanation of the outcome.</summary>
    public string ReasonText { get; }

    /// <summary>A granted subscription.</summary>
    public static MqttClientSubscribeResultItem Granted(string topicFilter, MqttQualityOfServiceLevel grantedQoS) =>
        new(topicFilter, false, grantedQoS, $"Subscribed to \"{topicFilter}\" with QoS {(int)grantedQoS}.");

    /// <summary>A refused subscription (SUBACK 0x80).</summary>
    public static MqttClientSubscribeResultItem Failed(string topicFilter) =>
        new(topicFilter, true, MqttQualityOfServiceLevel.AtMostOnce,
            $"The broker refused the subscription to \"{topicFilter}\" (SUBACK 0x80): the user is probably not allowed to read it; check the broker's ACL.");
}
