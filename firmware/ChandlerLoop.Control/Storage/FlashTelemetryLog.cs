using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// The telemetry of the current run on internal flash, so that nothing is lost while the
    /// network is down or across a reboot: a 64-byte header (magic "CLOG", version, run id,
    /// capacity, CRC-32) followed by <see cref="Capacity"/> fixed 48-byte record slots
    /// (<see cref="TelemetryRecordLayout"/>); record <c>seq</c> lives in slot
    /// <c>(seq − 1) mod capacity</c>, so the file never grows beyond
    /// <c>64 + 48 × capacity</c> bytes and a run longer than the capacity overwrites its oldest
    /// records (reported as "no longer held" on back-fill). Every record carries its own CRC, so
    /// a write torn by a power cut only loses that record. <see cref="Open"/> finds the run and
    /// its newest record again after a reboot. Not thread-safe.
    /// </summary>
    public sealed class FlashTelemetryLog
    {
        /// <summary>Header size, bytes.</summary>
        public const int HeaderSize = 64;

        /// <summary>Longest run id, characters (docs/protocol.md).</summary>
        public const int MaxRunIdLength = 40;

        /// <summary>How far numbering jumps ahead of the newest record found at boot. The log is
        /// flushed every 10 s at 1 Hz, so up to 10 records may have been sent live but never
        /// reached flash before a power cut; skipping 20 numbers guarantees that none of them is
        /// reused for a different record after the reboot. The skipped numbers show as a gap,
        /// which a back-fill reports as no longer held.</summary>
        public const int RebootSequenceGap = 20;

        private const byte HeaderVersion = 1;
        private const int ScanBatchRecords = 32;

        private readonly IRecordFile _file;
        private readonly int _capacity;
        private readonly byte[] _header = new byte[HeaderSize];
        private readonly byte[] _scan = new byte[ScanBatchRecords * TelemetryRecordLayout.RecordSize];
        private string _runId;
        private int _oldest;
        private int _newest;

        /// <summary>A log in <paramref name="file"/> with room for
        /// <paramref name="capacityRecords"/> records (at least 1).</summary>
        public FlashTelemetryLog(IRecordFile file, int capacityRecords)
        {
            _file = file;
            _capacity = capacityRecords < 1 ? 1 : capacityRecords;
        }

        /// <summary>Record slots.</summary>
        public int Capacity { get { return _capacity; } }

        /// <summary>File size when full, bytes.</summary>
        public long FullSizeBytes { get { return HeaderSize + (long)_capacity * TelemetryRecordLayout.RecordSize; } }

        /// <summary>The run the log holds, or null when none.</summary>
        public string RunId { get { return _runId; } }

        /// <summary>Oldest sequence number held, 0 when none.</summary>
        public int OldestSequence { get { return _oldest; } }

        /// <summary>Newest sequence number held, 0 when none.</summary>
        public int NewestSequence { get { return _newest; } }

        /// <summary>Reads the header and scans the slots (at boot). Returns false and holds no
        /// run when the file has no valid header for this capacity.</summary>
        public bool Open()
        {
            _runId = null;
            _oldest = 0;
            _newest = 0;
            if (_file.Read(0, _header, 0, HeaderSize) != HeaderSize || !HeaderValid())
            {
                return false;
            }

            int length = _header[5];
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)_header[6 + i];
            }

            _runId = new string(chars);
            Scan();
            return true;
        }

        /// <summary>Starts the log for <paramref name="runId"/> (1–40 ASCII characters): the file
        /// is emptied and a new header written and flushed.</summary>
        public bool StartRun(string runId)
        {
            if (runId == null || runId.Length < 1 || runId.Length > MaxRunIdLength)
            {
                return false;
            }

            for (int i = 0; i < HeaderSize; i++)
            {
                _header[i] = 0;
            }

            _header[0] = (byte)'C';
            _header[1] = (byte)'L';
            _header[2] = (byte)'O';
            _header[3] = (byte)'G';
            _header[4] = HeaderVersion;
            _header[5] = (byte)runId.Length;
            for (int i = 0; i < runId.Length; i++)
            {
                char c = runId[i];
                if (c > 127)
                {
                    return false;
                }

                _header[6 + i] = (byte)c;
            }

            WriteUInt32(_header, 46, (uint)_capacity);
            WriteUInt32(_header, 60, Crc32.Compute(_header, 0, 60));
            if (!_file.Truncate() || !_file.Write(0, _header, 0, HeaderSize) || !_file.Flush())
            {
                _runId = null;
                return false;
            }

            _runId = runId;
            _oldest = 0;
            _newest = 0;
            return true;
        }

        /// <summary>Writes one stored record (48 bytes from <paramref name="offset"/>, as the
        /// RAM ring holds it) into its slot. Refused when no run is open or the bytes are not a
        /// valid record. Call <see cref="Flush"/> after a batch.</summary>
        public bool Append(byte[] recordBytes, int offset)
        {
            int sequence = TelemetryRecordLayout.ReadSequence(recordBytes, offset);
            if (_runId == null || sequence < 1)
            {
                return false;
            }

            if (!_file.Write(SlotPosition(sequence), recordBytes, offset, TelemetryRecordLayout.RecordSize))
            {
                return false;
            }

            if (_newest == 0 || sequence > _newest)
            {
                _newest = sequence;
            }

            if (_oldest == 0 || sequence < _oldest)
            {
                _oldest = sequence;
            }

            int lowestHeld = _newest - _capacity + 1;
            if (_oldest < lowestHeld)
            {
                _oldest = lowestHeld;
            }

            return true;
        }

        /// <summary>Makes the appended records durable.</summary>
        public bool Flush()
        {
            return _file.Flush();
        }

        /// <summary>Reads record <paramref name="sequence"/>; false when it is not held, its slot
        /// holds another record, or its checksum fails (a torn write).</summary>
        public bool TryRead(int sequence, TelemetryRecord record)
        {
            if (_runId == null || sequence < _oldest || sequence > _newest || _oldest == 0)
            {
                return false;
            }

            int size = TelemetryRecordLayout.RecordSize;
            if (_file.Read(SlotPosition(sequence), _scan, 0, size) != size
                || TelemetryRecordLayout.ReadSequence(_scan, 0) != sequence)
            {
                return false;
            }

            return TelemetryRecordLayout.Read(_scan, 0, record) == RecordReadResult.Valid;
        }

        private void Scan()
        {
            int size = TelemetryRecordLayout.RecordSize;
            int newest = 0;
            for (int first = 0; first < _capacity; first += ScanBatchRecords)
            {
                int count = _capacity - first < ScanBatchRecords ? _capacity - first : ScanBatchRecords;
                int read = _file.Read(HeaderSize + (long)first * size, _scan, 0, count * size);
                for (int i = 0; i < read / size; i++)
                {
                    int sequence = TelemetryRecordLayout.ReadSequence(_scan, i * size);
                    if (sequence > newest && (sequence - 1) % _capacity == first + i)
                    {
                        newest = sequence;
                    }
                }
            }

            if (newest == 0)
            {
                return;
            }

            int lowest = newest - _capacity + 1;
            int oldest = newest;
            for (int first = 0; first < _capacity; first += ScanBatchRecords)
            {
                int count = _capacity - first < ScanBatchRecords ? _capacity - first : ScanBatchRecords;
                int read = _file.Read(HeaderSize + (long)first * size, _scan, 0, count * size);
                for (int i = 0; i < read / size; i++)
                {
                    int sequence = TelemetryRecordLayout.ReadSequence(_scan, i * size);
                    if (sequence >= lowest && sequence < oldest && (sequence - 1) % _capacity == first + i)
                    {
                        oldest = sequence;
                    }
                }
            }

            _newest = newest;
            _oldest = oldest;
        }

        private bool HeaderValid()
        {
            if (_header[0] != 'C' || _header[1] != 'L' || _header[2] != 'O' || _header[3] != 'G'
                || _header[4] != HeaderVersion || _header[5] < 1 || _header[5] > MaxRunIdLength)
            {
                return false;
            }

            return ReadUInt32(_header, 60) == Crc32.Compute(_header, 0, 60) && ReadUInt32(_header, 46) == (uint)_capacity;
        }

        private long SlotPosition(int sequence)
        {
            return HeaderSize + (long)((sequence - 1) % _capacity) * TelemetryRecordLayout.RecordSize;
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
            buffer[offset + 2] = (byte)((value >> 16) & 0xFF);
            buffer[offset + 3] = (byte)((value >> 24) & 0xFF);
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset] | ((uint)buffer[offset + 1] << 8) | ((uint)buffer[offset + 2] << 16)
                | ((uint)buffer[offset + 3] << 24);
        }
    }
}
