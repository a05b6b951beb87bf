using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

/// <summary>A growable byte file in memory; can fail writes on demand.</summary>
internal sealed class InMemoryRecordFile : IRecordFile
{
    private byte[] _bytes = new byte[0];

    public bool FailWrites { get; set; }
    public int FlushCount { get; private set; }
    public long Length { get; private set; }
    public byte[] Bytes => _bytes;

    public int Read(long position, byte[] buffer, int offset, int count)
    {
        if (position >= Length)
        {
            return 0;
        }

        int n = (int)System.Math.Min(count, Length - position);
        System.Array.Copy(_bytes, position, buffer, offset, n);
        return n;
    }

    public bool Write(long position, byte[] buffer, int offset, int count)
    {
        if (FailWrites)
        {
            return false;
        }

        long end = position + count;
        if (end > _bytes.Length)
        {
            System.Array.Resize(ref _bytes, (int)end);
        }

        System.Array.Copy(buffer, offset, _bytes, position, count);
        Length = System.Math.Max(Length, end);
        return true;
    }

    public bool Flush()
    {
        FlushCount++;
        return !FailWrites;
    }

    public bool Truncate()
    {
        _bytes = new byte[0];
        Length = 0;
        return true;
    }
}
