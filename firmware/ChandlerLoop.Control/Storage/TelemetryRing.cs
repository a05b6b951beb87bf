using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// The RAM ring of the latest telemetry records, in their 48-byte stored form
    /// (<see cref="TelemetryRecordLayout"/>), preallocated at construction. Record <c>seq</c>
    /// lives in slot <c>(seq − 1) mod capacity</c>, so finding a record for back-fill is one
    /// division. Sequence numbers must rise by one; a record whose number is not the next one
    /// (a new run started at 1, or a gap) starts the ring afresh. The ring also remembers which
    /// records have not yet been copied to the flash log (<see cref="NextUnflushedSequence"/>).
    /// Not thread-safe: the firmware guards it with one lock. Nothing is allocated after
    /// construction.
    /// </summary>
    public sealed class TelemetryRing
    {
        private readonly byte[] _bytes;
        private readonly int _capacity;
        private int _oldest;
        private int _newest;
        private int _nextUnflushed;

        /// <summary>Creates a ring of <paramref name="capacityRecords"/> records (at least 1).</summary>
        public TelemetryRing(int capacityRecords)
        {
            _capacity = capacityRecords < 1 ? 1 : capacityRecords;
            _bytes = new byte[_capacity * TelemetryRecordLayout.RecordSize];
        }

        /// <summary>Records the ring can hold.</summary>
        public int Capacity { get { return _capacity; } }

        /// <summary>Oldest sequence number held, 0 when empty.</summary>
        public int OldestSequence { get { return _oldest; } }

        /// <summary>Newest sequence number held, 0 when empty.</summary>
        public int NewestSequence { get { return _newest; } }

        /// <summary>First record not yet copied to flash (0 when every held record was flushed).
        /// If it is older than <see cref="OldestSequence"/>, the records in between were
        /// overwritten before they could be flushed.</summary>
        public int NextUnflushedSequence { get { return _nextUnflushed; } }

        /// <summary>Empties the ring (a new run starts).</summary>
        public void Clear()
        {
            _oldest = 0;
            _newest = 0;
            _nextUnflushed = 0;
        }

        /// <summary>Stores <paramref name="record"/>. Returns false (nothing stored) when its
        /// sequence number is below 1.</summary>
        public bool Append(TelemetryRecord record)
        {
            int sequence = record.Sequence;
            if (sequence < 1)
            {
                return false;
            }

            if (_newest == 0 || sequence != _newest + 1)
            {
                _oldest = sequence;
                _nextUnflushed = sequence;
            }

            TelemetryRecordLayout.Write(record, _bytes, SlotOffset(sequence));
            _newest = sequence;
            if (_nextUnflushed == 0)
            {
                _nextUnflushed = sequence;
            }

            int lowestHeld = sequence - _capacity + 1;
            if (_oldest < lowestHeld)
            {
                _oldest = lowestHeld;
            }

            return true;
        }

        /// <summary>True when record <paramref name="sequence"/> is in the ring.</summary>
        public bool Holds(int sequence)
        {
            return _newest != 0 && sequence >= _oldest && sequence <= _newest;
        }

        /// <summary>Reads record <paramref name="sequence"/> into <paramref name="record"/>.</summary>
        public bool TryRead(int sequence, TelemetryRecord record)
        {
            return Holds(sequence)
                && TelemetryRecordLayout.Read(_bytes, SlotOffset(sequence), record) == RecordReadResult.Valid;
        }

        /// <summary>Copies the stored bytes of record <paramref name="sequence"/> into
        /// <paramref name="destination"/> at <paramref name="offset"/> (for the flash log).</summary>
        public bool TryCopyBytes(int sequence, byte[] destination, int offset)
        {
            if (!Holds(sequence) || destination == null || offset < 0
                || offset > destination.Length - TelemetryRecordLayout.RecordSize)
            {
                return false;
            }

            int source = SlotOffset(sequence);
            for (int i = 0; i < TelemetryRecordLayout.RecordSize; i++)
            {
                destination[offset + i] = _bytes[source + i];
            }

            return true;
        }

        /// <summary>Marks every record up to <paramref name="sequence"/> as copied to flash.</summary>
        public void MarkFlushedThrough(int sequence)
        {
            if (_nextUnflushed == 0 || sequence < _nextUnflushed)
            {
                return;
            }

            _nextUnflushed = sequence >= _newest ? 0 : sequence + 1;
        }

        private int SlotOffset(int sequence)
        {
            return ((sequence - 1) % _capacity) * TelemetryRecordLayout.RecordSize;
        }
    }
}
