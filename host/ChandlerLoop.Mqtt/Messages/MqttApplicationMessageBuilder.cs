using System.Text;

namespace ChandlerLoop.Mqtt;

/// <summary>
/// Builds an <see cref="MqttApplicationMessage"/> and validates it: the topic must be 1..65535 bytes
/// of UTF-8 without wildcards (<c>+</c>, <c>#</c>) or U+0000, and the QoS must be 0 or 1.
/// </summary>
public sealed class MqttApplicationMessageBuilder
{
    private string? _topic;
    private ReadOnlyMemory<byte> _payload = ReadOnlyMemory<byte>.Empty;
    private MqttQualityOfServiceLevel _qualityOfServiceLevel = MqttQualityOfServiceLevel.AtMostOnce;
    private bool _retain;

    /// <summary>Sets the topic name (no wildcards).</summary>
    public MqttApplicationMessageBuilder WithTopic(string topic)
    {
        _topic = topic;
        return this;
    }

    /// <summary>Sets the payload bytes; null means an empty payload. The array is not copied.</summary>
    public MqttApplicationMessageBuilder WithPayload(byte[]? payload)
    {
        _payload = payload ?? ReadOnlyMemory<byte>.Empty;
        return this;
    }

    /// <summary>Sets the payload bytes; the memory is not copied.</summary>
    public MqttApplicationMessageBuilder WithPayload(ReadOnlyMemory<byte> payload)
    {
        _payload = payload;
        return this;
    }

    /// <summary>Sets the payload to the UTF-8 encoding of <paramref name="payload"/>; null means empty.</summary>
    public MqttApplicationMessageBuilder WithPayload(string? payload)
    {
        _payload = payload is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(payload);
        return this;
    }

    /// <summary>Sets the QoS (0 or 1; QoS 2 is refused by <see cref="Build"/>).</summary>
    public MqttApplicationMessageBuilder WithQualityOfServiceLevel(MqttQualityOfServiceLevel qualityOfServiceLevel)
    {
        _qualityOfServiceLevel = qualityOfServiceLevel;
        return this;
    }

    /// <summary>Sets the retain flag.</summary>
    public MqttApplicationMessageBuilder WithRetainFlag(bool retain = true)
    {
        _retain = retain;
        return this;
    }

    /// <summary>Validates and builds the message.</summary>
    /// <exception cref="ArgumentException">The topic or QoS is invalid; the message says why.</exception>
    public MqttApplicationMessage Build()
    {
        if (_topic is null)
        {
            throw new ArgumentException("The message has no topic: call WithTopic(\"chandler/v1/rig-01/commands\") before Build().", "topic");
        }

        if (!MqttTopicFilter.IsValidTopic(_topic, out string? error))
        {
            throw new ArgumentException(error, "topic");
        }

        if (_qualityOfServiceLevel != MqttQualityOfServiceLevel.AtMostOnce && _qualityOfServiceLevel != MqttQualityOfServiceLevel.AtLeastOnce)
        {
            throw new ArgumentException(
                $"QoS {(int)_qualityOfServiceLevel} is not supported: use MqttQualityOfServiceLevel.AtMostOnce (0) or AtLeastOnce (1).",
                "qualityOfServiceLevel");
        }

        return new MqttApplicationMessage
        {
            Topic = _topic,
            Payload = _payload,
            QualityOfServiceLevel = _qualityOfServiceLevel,
            Retain = _retain,
        };
    }
}
