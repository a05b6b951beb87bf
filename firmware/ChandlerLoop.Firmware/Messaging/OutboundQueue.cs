using System;
using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Firmware.Messaging
{
    /// <summary>
    /// Encoded messages waiting for the network thread, in preallocated slots of 1024 bytes (the
    /// protocol's limit for rig messages), so the control thread only copies bytes under a short
    /// lock and never waits for a socket. When full, the oldest message is dropped: telemetry is
    /// in the RAM ring and flash log for back-fill, and a dropped event shows as a gap in
    /// <c>eseq</c>. <see cref="Dropped"/> counts them for the serial log.
    /// </summary>
    public sealed class OutboundQueue : IRigEventSink
    {
        /// <summary>Largest message, bytes (docs/protocol.md).</summary>
        public const int SlotBytes = 1024;

        private readonly object _gate = new object();
        private readonly byte[][] _slots;
        private readonly int[] _lengths;
        private readonly MessageTopic[] _topics;
        private int _head;
        private int _count;

        /// <summary>A queue of <paramref name="slots"/> messages.</summary>
        public OutboundQueue(int slots)
        {
            _slots = new byte[slots][];
            _lengths = new int[slots];
            _topics = new MessageTopic[slots];
            for (int i = 0; i < slots; i++)
            {
                _slots[i] = new byte[SlotBytes];
            }
        }

        /// <summary>Messages dropped because the queue was full.</summary>
        public int Dropped { get; private set; }

        /// <summary>Copies <paramref name="length"/> bytes of <paramref name="message"/> into the
        /// queue. Refused (false) when the message is longer than a slot.</summary>
        public bool Enqueue(MessageTopic topic, byte[] message, int length)
        {
            if (length <= 0 || length > SlotBytes)
            {
                return false;
            }

            lock (_gate)
            {
                if (_count == _slots.Length)
                {
                    _head = (_head + 1) % _slots.Length;
                    _count--;
                    Dropped++;
                }

                int tail = (_head + _count) % _slots.Length;
                Array.Copy(message, 0, _slots[tail], 0, length);
                _lengths[tail] = length;
                _topics[tail] = topic;
                _count++;
            }

            return true;
        }

        /// <summary>Queues an event from the core's <see cref="RigEventTracker"/>.</summary>
        public void SendEvent(JsonWriter writer)
        {
            Enqueue(MessageTopic.Events, writer.Buffer, writer.Length);
        }

        /// <summary>Takes the oldest message as a new array of its exact length (what M2Mqtt's
        /// Publish needs); null when empty. Called by the network thread only.</summary>
        public byte[] TryDequeue(out MessageTopic topic)
        {
            lock (_gate)
            {
                topic = MessageTopic.Telemetry;
                if (_count == 0)
                {
                    return null;
                }

                byte[] message = new byte[_lengths[_head]];
                Array.Copy(_slots[_head], 0, message, 0, message.Length);
                topic = _topics[_head];
                _head = (_head + 1) % _slots.Length;
                _count--;
                return message;
            }
        }
    }
}
