using System.Buffers;
using System.Collections.Concurrent;
using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Formatter;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// The single writer of a connection, without a loop waiting on a queue: whoever queues a packet
/// while no write is running becomes the writer and drains every queued packet into one buffer per
/// socket write. An idle connection therefore writes without a thread hop (latency), and a busy one
/// batches concurrent publishes and PUBACKs (throughput).
/// </summary>
internal sealed class MqttOutgoingWriter
{
    private const int WriteBatchBytes = 64 * 1024;

    private readonly IMqttChannel _channel;
    private readonly Func<long> _nowTicks;
    private readonly Action<Exception> _onFailure;
    private readonly CancellationToken _closing;
    private readonly ConcurrentQueue<MqttOutgoingPacket> _queue = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(WriteBatchBytes);
    private readonly List<TaskCompletionSource<bool>> _completions = new();
    private long _lastSentTicks;
    private int _started;
    private int _writing;

    public MqttOutgoingWriter(IMqttChannel channel, Func<long> nowTicks, Action<Exception> onFailure, CancellationToken closing)
    {
        _channel = channel;
        _nowTicks = nowTicks;
        _onFailure = onFailure;
        _closing = closing;
    }

    /// <summary>When bytes last went out (the connection's clock ticks), for keep-alive.</summary>
    public long LastSentTicks
    {
        get => Volatile.Read(ref _lastSentTicks);
        set => Volatile.Write(ref _lastSentTicks, value);
    }

    public void Enqueue(MqttOutgoingPacket packet) => _queue.Enqueue(packet);

    /// <summary>Allows writing (after the handshake) and writes what was queued before.</summary>
    public void Start()
    {
        Volatile.Write(ref _started, 1);
        Flush();
    }

    /// <summary>Starts writing what is queued, unless a write is already running (it will pick it up).</summary>
    public void Flush()
    {
        if (Volatile.Read(ref _started) != 0 && !_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = WriteQueuedAsync();
        }
    }

    /// <summary>Fails every queued packet that someone waits on (the connection is closed).</summary>
    public void FailQueued(Exception? error)
    {
        MqttCommunicationException? failure = null;
        while (_queue.TryDequeue(out MqttOutgoingPacket item))
        {
            if (item.Written is not null)
            {
                failure ??= error as MqttCommunicationException ?? new MqttCommunicationException("The connection closed before the packet was written.", error);
                item.Written.TrySetException(failure);
            }
        }
    }

    private async Task WriteQueuedAsync()
    {
        try
        {
            while (true)
            {
                while (_buffer.WrittenCount < WriteBatchBytes && _queue.TryDequeue(out MqttOutgoingPacket item))
                {
                    if (item.Packet is null)
                    {
                        MqttPacketWriter.WritePubAck(item.PubAckIdentifier, _buffer);
                    }
                    else
                    {
                        MqttPacketWriter.Write(item.Packet, _buffer);
                    }

                    if (item.Written is not null)
                    {
                        _completions.Add(item.Written);
                    }
                }

                if (_buffer.WrittenCount == 0)
                {
                    Volatile.Write(ref _writing, 0);

                    // Re-check: a packet queued after the drain but before the flag was cleared has no other writer.
                    if (_queue.IsEmpty || _closing.IsCancellationRequested || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                    {
                        return;
                    }

                    continue;
                }

                await _channel.WriteAsync(_buffer.WrittenMemory, _closing).ConfigureAwait(false);
                LastSentTicks = _nowTicks();
                _buffer.ResetWrittenCount();
                foreach (TaskCompletionSource<bool> completion in _completions)
                {
                    completion.TrySetResult(true);
                }

                _completions.Clear();
            }
        }
        catch (Exception ex)
        {
            // The writing flag stays set: the connection is closed and nothing may write again.
            var lost = ex as MqttCommunicationException ?? new MqttCommunicationException("The connection closed before the packet was written.", ex);
            foreach (TaskCompletionSource<bool> completion in _completions)
            {
                completion.TrySetException(lost);
            }

            _completions.Clear();
            _onFailure(ex);
            FailQueued(lost);
        }
    }
}
