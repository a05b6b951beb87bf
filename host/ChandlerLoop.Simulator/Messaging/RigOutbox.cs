using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Simulator.Messaging;

/// <summary>
/// Messages the virtual rig has produced and not yet published: the same rules as the firmware's
/// <c>Messaging/OutboundQueue</c> (16 slots, messages up to 1024 bytes, the oldest dropped when
/// full), so a network drop loses live messages exactly as the device would: the newest 16 are
/// sent after the reconnection, older telemetry is only in the store (back-fill) and a lost event
/// shows as an <c>eseq</c> gap. Also the core <see cref="RigEventTracker"/>'s sink.
/// </summary>
public sealed class RigOutbox : IRigEventSink
{
    /// <summary>Slots of the firmware's queue.</summary>
    public const int DefaultSlots = 16;

    /// <summary>Largest message, bytes (docs/protocol.md).</summary>
    public const int SlotBytes = ProtocolLimits.MaxRigMessageBytes;

    private readonly Queue<OutboxMessage> _messages = new();
    private readonly int _slots;

    /// <summary>An empty outbox of <paramref name="slots"/> messages (1 or more).</summary>
    public RigOutbox(int slots = DefaultSlots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        _slots = slots;
    }

    /// <summary>Messages waiting.</summary>
    public int Count => _messages.Count;

    /// <summary>Messages dropped because the outbox was full.</summary>
    public long Dropped { get; private set; }

    /// <summary>Copies the first <paramref name="length"/> bytes of <paramref name="buffer"/>;
    /// false (nothing queued) when the length is not 1..<see cref="SlotBytes"/>.</summary>
    public bool Enqueue(RigMessageKind kind, byte[] buffer, int length)
    {
        if (length <= 0 || length > SlotBytes)
        {
            return false;
        }

        if (_messages.Count == _slots)
        {
            _messages.Dequeue();
            Dropped++;
        }

        _messages.Enqueue(new OutboxMessage(kind, buffer.AsSpan(0, length).ToArray()));
        return true;
    }

    /// <inheritdoc/>
    public void SendEvent(JsonWriter writer) => Enqueue(RigMessageKind.Event, writer.Buffer, writer.Length);

    /// <summary>The oldest message, without removing it.</summary>
    public bool TryPeek(out OutboxMessage message) => _messages.TryPeek(out message);

    /// <summary>Removes the oldest message (after it was published).</summary>
    public void RemoveOldest() => _messages.Dequeue();
}
