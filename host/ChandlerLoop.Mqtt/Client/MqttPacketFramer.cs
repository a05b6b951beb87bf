using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// Buffered packet reading: one large read buffer, many packets parsed per read, the buffer grows
/// only for a packet larger than it (bounded by the maximum packet size, checked from the header).
/// </summary>
internal sealed class MqttPacketFramer
{
    private const int InitialBufferSize = 64 * 1024;
    private readonly IMqttChannel _channel;
    private readonly MqttPacketReader _reader;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;

    public MqttPacketFramer(IMqttChannel channel, int maximumPacketSizeBytes)
    {
        _channel = channel;
        _reader = new MqttPacketReader(maximumPacketSizeBytes);
    }

    /// <summary>Decodes the next packet if it is completely buffered; throws on a malformed packet.</summary>
    public bool TryReadPacket(out MqttPacket? packet)
    {
        packet = null;
        ReadOnlySpan<byte> buffered = _buffer.AsSpan(_start, _end - _start);
        if (!_reader.TryReadFrameLength(buffered, out int frameLength) || frameLength > buffered.Length)
        {
            return false;
        }

        packet = _reader.Decode(buffered[..frameLength]);
        _start += frameLength;
        return true;
    }

    /// <summary>Reads more bytes from the channel; false when the broker closed the connection.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        MakeRoom();
        int read = await _channel.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    private void MakeRoom()
    {
        int buffered = _end - _start;
        int needed = InitialBufferSize / 4;
        if (_reader.TryReadFrameLength(_buffer.AsSpan(_start, buffered), out int frameLength) && frameLength > buffered)
        {
            needed = frameLength - buffered;
        }

        if (_buffer.Length - _end >= needed)
        {
            return;
        }

        byte[] target = buffered + needed > _buffer.Length ? new byte[Math.Max(buffered + needed, _buffer.Length * 2)] : _buffer;
        Buffer.BlockCopy(_buffer, _start, target, 0, buffered);
        _buffer = target;
        _start = 0;
        _end = buffered;
    }
}
