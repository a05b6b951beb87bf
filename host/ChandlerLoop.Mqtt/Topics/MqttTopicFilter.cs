using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ChandlerLoop.Mqtt;

/// <summary>
/// MQTT 3.1.1 topic names and topic filters (§4.7). A topic name has no wildcards; a filter may use
/// <c>+</c> (exactly one level) and <c>#</c> (this level and every level below, last only). Topics
/// that start with <c>$</c> are not matched by a filter that starts with a wildcard (§4.7.2).
/// Both are 1..65535 bytes of UTF-8 without U+0000.
/// </summary>
public static class MqttTopicFilter
{
    /// <summary>Maximum encoded length of a topic name or filter in bytes (two-byte length prefix).</summary>
    public const int MaximumLengthBytes = 65535;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when <paramref name="filter"/> is a valid subscription filter; otherwise a readable reason.</summary>
    public static bool IsValidFilter(string? filter, out string? error)
    {
        if (!IsValidString(filter, "topic filter", out error))
        {
            return false;
        }

        for (int i = 0; i < filter.Length; i++)
        {
            char c = filter[i];
            bool levelStart = i == 0 || filter[i - 1] == '/';
            bool levelEnd = i == filter.Length - 1 || filter[i + 1] == '/';
            if (c == '+' && !(levelStart && levelEnd))
            {
                error = $"The topic filter \"{filter}\" uses '+' inside a level: '+' must be a whole level, e.g. \"chandler/v1/+/status\".";
                return false;
            }

            if (c == '#' && !(levelStart && i == filter.Length - 1))
            {
                error = $"The topic filter \"{filter}\" uses '#' before the end: '#' must be the whole last level, e.g. \"chandler/v1/#\".";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>True when <paramref name="topic"/> is a valid topic name to publish to; otherwise a readable reason.</summary>
    public static bool IsValidTopic(string? topic, out string? error)
    {
        if (!IsValidString(topic, "topic", out error))
        {
            return false;
        }

        int wildcard = topic.AsSpan().IndexOfAny('+', '#');
        if (wildcard >= 0)
        {
            error = $"The topic \"{topic}\" contains the wildcard '{topic[wildcard]}': wildcards are only allowed in subscription filters, publish to a concrete topic such as \"chandler/v1/rig-01/commands\".";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// True when the topic name <paramref name="topic"/> matches the subscription filter
    /// <paramref name="filter"/>. Both are assumed valid; the comparison is ordinal. Allocates nothing.
    /// </summary>
    public static bool Matches(string filter, string topic)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.Length > 0 && topic[0] == '$' && filter.Length > 0 && (filter[0] == '+' || filter[0] == '#'))
        {
            return false;
        }

        int f = 0;
        int t = 0;
        while (true)
        {
            int filterLevelEnd = filter.IndexOf('/', f);
            if (filterLevelEnd < 0)
            {
                filterLevelEnd = filter.Length;
            }

            ReadOnlySpan<char> filterLevel = filter.AsSpan(f, filterLevelEnd - f);
            if (filterLevel.Length == 1 && filterLevel[0] == '#')
            {
                // '#' matches the parent level itself and everything below it.
                return true;
            }

            if (t > topic.Length)
            {
                // The topic has run out of levels but the filter has more (not '#').
                return false;
            }

            int topicLevelEnd = topic.IndexOf('/', t);
            if (topicLevelEnd < 0)
            {
                topicLevelEnd = topic.Length;
            }

            ReadOnlySpan<char> topicLevel = topic.AsSpan(t, topicLevelEnd - t);
            bool levelMatches = (filterLevel.Length == 1 && filterLevel[0] == '+') || filterLevel.SequenceEqual(topicLevel);
            if (!levelMatches)
            {
                return false;
            }

            bool filterDone = filterLevelEnd == filter.Length;
            bool topicDone = topicLevelEnd == topic.Length;
            if (filterDone)
            {
                return topicDone;
            }

            f = filterLevelEnd + 1;
            t = topicDone ? topic.Length + 1 : topicLevelEnd + 1;
        }
    }

    private static bool IsValidString([NotNullWhen(true)] string? value, string what, out string? error)
    {
        if (string.IsNullOrEmpty(value))
        {
            error = $"The {what} is empty: it must be 1 to {MaximumLengthBytes} bytes of UTF-8.";
            return false;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            error = $"The {what} contains the character U+0000, which MQTT forbids: remove it.";
            return false;
        }

        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            error = $"The {what} contains an unpaired UTF-16 surrogate and cannot be encoded as UTF-8: fix the string.";
            return false;
        }

        if (byteCount > MaximumLengthBytes)
        {
            error = $"The {what} is {byteCount} bytes of UTF-8; MQTT allows at most {MaximumLengthBytes}: shorten it.";
            return false;
        }

        error = null;
        return true;
    }
}
