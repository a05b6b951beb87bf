using System.Text;

namespace ChandlerLoop.Mqtt.Formatter;

/// <summary>
/// Small direct-mapped cache from topic bytes to strings, so a stream of messages on a few topics
/// (the usual case: a handful of rigs) does not allocate a new topic string per message.
/// Not thread-safe: one per connection reader.
/// </summary>
internal sealed class MqttTopicCache
{
    private const int Slots = 64;
    private readonly byte[]?[] _keys = new byte[]?[Slots];
    private readonly string?[] _values = new string?[Slots];

    public string GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        int slot = (int)(hash % Slots);
        byte[]? key = _keys[slot];
        if (key is not null && utf8.SequenceEqual(key))
        {
            return _values[slot]!;
        }

        string value = Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }
}
