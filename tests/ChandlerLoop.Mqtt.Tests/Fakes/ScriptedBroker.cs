using System.Buffers;
using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Tests.Fakes;

/// <summary>
/// The broker end of one in-memory connection, driven step by step by a test at packet level:
/// receive what the client sent, answer with packets or raw (possibly malformed) bytes. Every wait
/// is bounded so a broken client fails the test instead of hanging it.
/// </summary>
internal sealed class ScriptedBroker
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    private readonly MqttInMemoryChannel _channel;
    private readonly MqttPacketReader _reader = new(MqttClientOptionsBuilder.AbsoluteMaximumPacketSizeBytes);
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;

    public ScriptedBroker(MqttInMemoryChannel channel)
    {
        _channel = channel;
    }

    /// <summary>The next packet the client sent.</summary>
    public async Task<MqttPacket> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        while (true)
        {
            if (_reader.TryRead(_buffer.AsSpan(_start, _end - _start), out MqttPacket? packet, out int consumed))
            {
                _start += consumed;
                return packet!;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            int read = await _channel.ReadAsync(_buffer.AsMemory(_end), timeout.Token);
            if (read == 0)
            {
                throw new EndOfStreamException("The client closed the connection.");
            }

            _end += read;
        }
    }

    public async Task<T> ReceiveAsync<T>(TimeSpan? wait = null)
        where T : MqttPacket
    {
        MqttPacket packet = await ReceiveAsync(wait);
        return packet as T ?? throw new InvalidOperationException($"Expected {typeof(T).Name}, the client sent {packet.GetType().Name}.");
    }

    /// <summary>True when the client closed the connection without sending anything more within the wait.</summary>
    public async Task<bool> ClosedByClientAsync(TimeSpan? wait = null)
    {
        try
        {
            MqttPacket packet = await ReceiveAsync(wait);
            throw new InvalidOperationException($"Expected the connection to close, the client sent {packet.GetType().Name}.");
        }
        catch (EndOfStreamException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Receives CONNECT and answers CONNACK.</summary>
    public async Task<MqttConnectPacket> AcceptAsync(MqttClientConnectResultCode returnCode = MqttClientConnectResultCode.Success, bool sessionPresent = false)
    {
        MqttConnectPacket connect = await ReceiveAsync<MqttConnectPacket>();
        await SendAsync(new MqttConnAckPacket { ReturnCode = returnCode, IsSessionPresent = sessionPresent });
        return connect;
    }

    public async Task SendAsync(MqttPacket packet)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MqttPacketWriter.Write(packet, buffer);
        await _channel.WriteAsync(buffer.WrittenMemory, CancellationToken.None);
    }

    public async Task SendRawAsync(params byte[] bytes) => await _channel.WriteAsync(bytes, CancellationToken.None);

    /// <summary>Drops the connection abruptly (like a broker crash or a cut cable).</summary>
    public void Drop() => _channel.Dispose();
}
