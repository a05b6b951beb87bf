namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// Bounded FIFO of publishes made while reconnecting, with the configured policy when full.
/// Not thread-safe: guarded by the client's lock.
/// </summary>
internal sealed class MqttOfflineQueue
{
    private readonly LinkedList<MqttOutgoingPublish> _items = new();
    private readonly int _capacity;
    private readonly MqttOfflineQueuePolicy _policy;

    public MqttOfflineQueue(int capacity, MqttOfflineQueuePolicy policy)
    {
        _capacity = capacity;
        _policy = policy;
    }

    public int Count => _items.Count;

    /// <summary>
    /// Adds <paramref name="item"/>. Returns false (nothing added) when full under RejectNew; under
    /// DropOldest removes and returns the oldest item in <paramref name="dropped"/>.
    /// </summary>
    public bool TryEnqueue(MqttOutgoingPublish item, out MqttOutgoingPublish? dropped)
    {
        dropped = null;
        if (_items.Count >= _capacity)
        {
            if (_policy == MqttOfflineQueuePolicy.RejectNew)
            {
                return false;
            }

            dropped = _items.First!.Value;
            _items.RemoveFirst();
        }

        _items.AddLast(item);
        return true;
    }

    public bool Remove(MqttOutgoingPublish item) => _items.Remove(item);

    /// <summary>Removes and returns every item, oldest first.</summary>
    public List<MqttOutgoingPublish> DrainAll()
    {
        var all = new List<MqttOutgoingPublish>(_items);
        _items.Clear();
        return all;
    }

    public string DescribeFull() =>
        $"The offline queue is full ({_capacity} messages, policy {_policy}) while the client reconnects: wait for ConnectedAsync, or raise the capacity with WithOfflineQueue.";
}
