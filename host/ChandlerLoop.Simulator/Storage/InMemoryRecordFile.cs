using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Simulator.Storage;

/// <summary>
/// The virtual rig's "internal flash": an <see cref="IRecordFile"/> kept in memory. It belongs to
/// the <see cref="Rig.VirtualRig"/>, not to its per-boot firmware state, so what was flushed
/// survives a simulated reboot exactly as the flash log file on <c>I:\</c> does. Bytes written
/// but not yet flushed are lost by <see cref="LoseUnflushedWrites"/> (a power cut), like a file
/// system that had not committed them.
/// </summary>
public sealed class InMemoryRecordFile : IRecordFile
{
    private readonly object _gate = new();
    private byte[] _durable = [];
    private long _durableLength;
    private byte[] _working = [];
    private long _workingLength;

    /// <inheritdoc/>
    public long Length
    {
        get
        {
            lock (_gate)
            {
                return _workingLength;
            }
        }
    }

    /// <summary>How many times the file was flushed (each flush is one flash commit).</summary>
    public int FlushCount { get; private set; }

    /// <inheritdoc/>
    public int Read(long position, byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            if (position < 0 || count <= 0 || position >= _workingLength)
            {
                return 0;
            }

            int available = (int)Math.Min(count, _workingLength - position);
            Array.Copy(_working, position, buffer, offset, available);
            return available;
        }
    }

    /// <inheritdoc/>
    public bool Write(long position, byte[] buffer, int offset, int count)
    {
        if (position < 0 || count < 0)
        {
            return false;
        }

        lock (_gate)
        {
            long end = position + count;
            if (end > _working.Length)
            {
                Array.Resize(ref _working, (int)Math.Max(end, _working.Length * 2L));
            }

            Array.Copy(buffer, offset, _working, position, count);
            _workingLength = Math.Max(_workingLength, end);
            return true;
        }
    }

    /// <inheritdoc/>
    public bool Flush()
    {
        lock (_gate)
        {
            _durable = (byte[])_working.Clone();
            _durableLength = _workingLength;
            FlushCount++;
            return true;
        }
    }

    /// <inheritdoc/>
    public bool Truncate()
    {
        lock (_gate)
        {
            _working = [];
            _workingLength = 0;
            return true;
        }
    }

    /// <summary>A power cut: everything written since the last <see cref="Flush"/> is gone.</summary>
    public void LoseUnflushedWrites()
    {
        lock (_gate)
        {
            _working = (byte[])_durable.Clone();
            _workingLength = _durableLength;
        }
    }
}
