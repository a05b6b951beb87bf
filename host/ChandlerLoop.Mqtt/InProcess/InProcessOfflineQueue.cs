namespace ChandlerLoop.Mqtt;

/// <summary>
/// Publishes waiting while an <see cref="InProcessMqttClient"/> reconnects, bounded by the options'
/// offline-queue capacity and policy (same rules as <see cref="MqttClient"/>). Thread-safe.
/// </summary>
internal sealed class InProcessOfflineQueue
{
    private readonly object _sync = new();
    private readonly LinkedList<Entry> _entries = new();
    private readonly int _capacity;
    private readonly MqttOfflineQueuePolicy _policy;
    private long _droppedCount;

    public InProcessOfflineQueue(int capacity, MqttOfflineQueuePolicy policy)
    {
        _capacity = capacity;
        _policy = policy;
    }

    /// <summary>Messages dropped because the queue was full under <see cref="MqttOfflineQueuePolicy.DropOldest"/>.</summary>
    public long DroppedCount => Interlocked.Read(ref _droppedCount);

    /// <summary>Queues a message; the task completes when it was handed to the broker after reconnecting.</summary>
    public Task<MqttClientPublishResult> Enqueue(MqttApplicationMessage message)
    {
        var entry = new Entry(message);
        Entry? dropped = null;
        lock (_sync)
        {
            if (_entries.Count >= _capacity)
            {
                if (_policy == MqttOfflineQueuePolicy.RejectNew || _entries.First is null)
                {
                    throw new MqttQueueFullException(
                        $"The offline queue is full ({_capacity} messages) while the client reconnects, and its policy is RejectNew: the message to \"{message.Topic}\" was not queued. Retry later, enlarge WithOfflineQueue, or use DropOldest.");
                }

                dropped = _entries.First.Value;
                _entries.RemoveFirst();
                _droppedCount++;
            }

            _entries.AddLast(entry);
        }

        dropped?.Completion.TrySetResult(new MqttClientPublishResult(false, null,
            $"Dropped from the full offline queue ({_capacity} messages, policy DropOldest) before the client reconnected."));
        return entry.Completion.Task;
    }

    /// <summary>Takes the oldest waiting message, or null.</summary>
    public Entry? TryDequeue()
    {
        lock (_sync)
        {
            var first = _entries.First;
            if (first is null)
            {
                return null;
            }

            _entries.RemoveFirst();
            return first.Value;
        }
    }

    /// <summary>Fails every waiting publish (the client was disconnected or disposed).</summary>
    public void FailAll(string reason)
    {
        while (TryDequeue() is { } entry)
        {
            entry.Completion.TrySetException(new MqttCommunicationException(reason));
        }
    }

    /// <summary>One waiting publish.</summary>
    internal sealed class Entry
    {
        public Entry(MqttApplicationMessage message)
        {
            Message = message;
        }

        public MqttApplicationMessage Message { get; }

        public TaskCompletionSource<MqttClientPublishResult> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
