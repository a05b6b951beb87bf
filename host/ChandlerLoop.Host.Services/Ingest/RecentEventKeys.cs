namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Recognises re-deliveries of rig events (QoS 1 is at-least-once: a broker may deliver an event twice).
/// An event is identified by (rig, <c>eseq</c>, rig time since boot): <c>eseq</c> restarts at 1 when a rig
/// boots, and rig time tells the boots apart. The newest <see cref="KeysPerRig"/> keys of each rig are
/// remembered, far more than a rig publishes while one delivery is in flight. Thread-safe.
/// </summary>
internal sealed class RecentEventKeys
{
    public const int KeysPerRig = 256;

    private readonly Dictionary<string, RigKeys> _rigs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True when the event is new (and remembers it); false for a repeat of a recent one.</summary>
    public bool TryAdd(string rigKey, long eventSequence, double timeSinceBootSeconds)
    {
        lock (_lock)
        {
            if (!_rigs.TryGetValue(rigKey, out var keys))
            {
                keys = new RigKeys();
                _rigs.Add(rigKey, keys);
            }

            var key = (eventSequence, timeSinceBootSeconds);
            if (!keys.Set.Add(key))
            {
                return false;
            }

            keys.Order.Enqueue(key);
            if (keys.Order.Count > KeysPerRig)
            {
                keys.Set.Remove(keys.Order.Dequeue());
            }

            return true;
        }
    }

    private sealed class RigKeys
    {
        public HashSet<(long, double)> Set { get; } = [];

        public Queue<(long, double)> Order { get; } = new();
    }
}
