using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Simulator.Storage;

/// <summary>
/// The virtual rig's telemetry store, the same arrangement as the firmware's
/// <c>Storage/TelemetryStore</c>: every record goes into the core's <see cref="TelemetryRing"/>
/// (RAM, lost at a reboot) and is copied in batches to the core's <see cref="FlashTelemetryLog"/>
/// over an <see cref="InMemoryRecordFile"/> (kept across reboots) by <see cref="FlushToFlash"/>,
/// which the rig calls every <see cref="FlushIntervalSeconds"/> of simulated time. Back-fill reads
/// the ring first, then the flash log. Used from the tick only (single-threaded).
/// </summary>
public sealed class SimulatedTelemetryStore : ITelemetryHistory
{
    /// <summary>Simulated seconds between flash flushes (the firmware's FlashFlusher: 10 s).</summary>
    public const double FlushIntervalSeconds = 10.0;

    private readonly TelemetryRing _ring;
    private readonly FlashTelemetryLog _flash;
    private readonly byte[] _copy = new byte[TelemetryRecordLayout.RecordSize];

    /// <summary>A store with a RAM ring of <paramref name="ramRecords"/> over the flash log
    /// <paramref name="flash"/>, which the caller has opened (its last run is found again).</summary>
    public SimulatedTelemetryStore(int ramRecords, FlashTelemetryLog flash)
    {
        ArgumentNullException.ThrowIfNull(flash);
        _ring = new TelemetryRing(ramRecords);
        _flash = flash;
    }

    /// <summary>The flash log (its run id and range survive a reboot).</summary>
    public FlashTelemetryLog Flash => _flash;

    /// <inheritdoc/>
    public int OldestHeldSequence
    {
        get
        {
            int flash = _flash.OldestSequence;
            int ram = _ring.OldestSequence;
            if (flash == 0)
            {
                return ram;
            }

            return ram == 0 || flash < ram ? flash : ram;
        }
    }

    /// <inheritdoc/>
    public int NewestSequence => Math.Max(_ring.NewestSequence, _flash.NewestSequence);

    /// <summary>A new run: the ring is emptied and the flash log re-created for <paramref name="runId"/>.</summary>
    public bool StartRun(string runId)
    {
        _ring.Clear();
        return _flash.StartRun(runId);
    }

    /// <summary>Keeps one record in the RAM ring.</summary>
    public void Append(TelemetryRecord record) => _ring.Append(record);

    /// <summary>Copies the records not yet on flash there and flushes once; returns how many were written.</summary>
    public int FlushToFlash()
    {
        if (_flash.RunId == null || _ring.NextUnflushedSequence == 0)
        {
            return 0;
        }

        int first = Math.Max(_ring.NextUnflushedSequence, _ring.OldestSequence);
        int written = 0;
        for (int sequence = first; sequence <= _ring.NewestSequence; sequence++)
        {
            if (_ring.TryCopyBytes(sequence, _copy, 0) && _flash.Append(_copy, 0))
            {
                written++;
            }
        }

        _flash.Flush();
        _ring.MarkFlushedThrough(_ring.NewestSequence);
        return written;
    }

    /// <summary>Reads record <paramref name="sequence"/> from RAM or flash for back-fill.</summary>
    public bool TryRead(int sequence, TelemetryRecord record) =>
        _ring.TryRead(sequence, record) || _flash.TryRead(sequence, record);
}
