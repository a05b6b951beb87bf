using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Firmware.Storage
{
    /// <summary>
    /// The run's telemetry on the device: every record goes into the RAM ring at once (control
    /// thread, no allocation) and is copied to the flash log in batches by
    /// <see cref="FlushToFlash"/> (storage thread, every 10 s, one flush per batch to spare the
    /// flash). Back-fill reads the ring first and the flash log for older records. Implements the
    /// protocol's <see cref="ITelemetryHistory"/> so a <c>backfill</c> answer names what is gone.
    /// All members lock one gate.
    /// </summary>
    public sealed class TelemetryStore : ITelemetryHistory
    {
        /// <summary>The flash log's file on the internal flash.</summary>
        public const string FlashLogPath = "I:\\telemetry.bin";

        private readonly object _gate = new object();
        private readonly TelemetryRing _ring;
        private readonly FlashTelemetryLog _flash;
        private readonly byte[] _copy = new byte[TelemetryRecordLayout.RecordSize];

        /// <summary>A store with a RAM ring of <paramref name="ramRecords"/> and the flash log
        /// <paramref name="flash"/> (null: RAM only).</summary>
        public TelemetryStore(int ramRecords, FlashTelemetryLog flash)
        {
            _ring = new TelemetryRing(ramRecords);
            _flash = flash;
        }

        /// <summary>Oldest record held in RAM or flash, 0 when none.</summary>
        public int OldestHeldSequence
        {
            get
            {
                lock (_gate)
                {
                    int flash = _flash == null ? 0 : _flash.OldestSequence;
                    int ram = _ring.OldestSequence;
                    if (flash == 0)
                    {
                        return ram;
                    }

                    return ram == 0 || flash < ram ? flash : ram;
                }
            }
        }

        /// <summary>Newest record held, 0 when none.</summary>
        public int NewestSequence
        {
            get
            {
                lock (_gate)
                {
                    int flash = _flash == null ? 0 : _flash.NewestSequence;
                    return _ring.NewestSequence > flash ? _ring.NewestSequence : flash;
                }
            }
        }

        /// <summary>A new run: both stores start empty (the flash log is re-created for
        /// <paramref name="runId"/>).</summary>
        public bool StartRun(string runId)
        {
            lock (_gate)
            {
                _ring.Clear();
                return _flash == null || _flash.StartRun(runId);
            }
        }

        /// <summary>Keeps one record (control thread).</summary>
        public void Append(TelemetryRecord record)
        {
            lock (_gate)
            {
                _ring.Append(record);
            }
        }

        /// <summary>Copies the records not yet on flash there and flushes once. Returns how many
        /// were written.</summary>
        public int FlushToFlash()
        {
            lock (_gate)
            {
                if (_flash == null || _flash.RunId == null || _ring.NextUnflushedSequence == 0)
                {
                    return 0;
                }

                int first = _ring.NextUnflushedSequence < _ring.OldestSequence ? _ring.OldestSequence : _ring.NextUnflushedSequence;
                int written = 0;
                for (int seq = first; seq <= _ring.NewestSequence; seq++)
                {
                    if (_ring.TryCopyBytes(seq, _copy, 0) && _flash.Append(_copy, 0))
                    {
                        written++;
                    }
                }

                _flash.Flush();
                _ring.MarkFlushedThrough(_ring.NewestSequence);
                return written;
            }
        }

        /// <summary>Reads record <paramref name="sequence"/> from RAM or flash for back-fill.</summary>
        public bool TryRead(int sequence, TelemetryRecord record)
        {
            lock (_gate)
            {
                if (_ring.TryRead(sequence, record))
                {
                    return true;
                }

                return _flash != null && _flash.TryRead(sequence, record);
            }
        }
    }
}
