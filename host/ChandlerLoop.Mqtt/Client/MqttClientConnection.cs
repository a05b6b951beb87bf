using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Channels;
using ThreadingChannel = System.Threading.Channels.Channel;
using ChandlerLoop.Mqtt.Channel;
using ChandlerLoop.Mqtt.Formatter;
using ChandlerLoop.Mqtt.Packets;

namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// One live connection: the CONNECT handshake, then three loops — reader (buffered, many packets per
/// read), dispatcher (application handlers, then PUBACK) and keep-alive — plus a single writer.
/// The writer is not a loop waiting on a queue: whoever queues a packet while no write is running
/// becomes the writer and drains every queued packet into one buffer per socket write. An idle
/// connection therefore writes without a thread hop (latency), and a busy one batches concurrent
/// publishes and PUBACKs (throughput). Any failure closes it once and reports to the handler; a
/// connection is never reused.
/// </summary>
internal sealed class MqttClientConnection
{
    /// <summary>
    /// Received messages waiting for the handlers. A broker cannot have more than 65535 QoS 1 messages
    /// unacknowledged, and we acknowledge after the handler, so QoS 1 alone never fills it.
    /// </summary>
    private const int DispatchCapacity = 65_536;
    private const int PubAcksPerFlush = 64;
    private const int WriteBatchBytes = 64 * 1024;

    private readonly IMqttChannel _channel;
    private readonly MqttPacketFramer _framer;
    private readonly IMqttConnectionHandler _handler;
    private readonly TimeProvider _time;
    private readonly TimeSpan _keepAlive;
    private readonly long _originTimestamp;
    private readonly ConcurrentQueue<MqttOutgoingPacket> _outgoing = new();
    private readonly ArrayBufferWriter<byte> _writeBuffer = new(WriteBatchBytes);
    private readonly List<TaskCompletionSource<bool>> _writeCompletions = new();

    // Synchronous continuations: a handler that completes synchronously runs on the reader's thread
    // (no hop); one that awaits (e.g. a QoS 1 publish waiting for its PUBACK) frees the reader at once.
    private readonly Channel<MqttPublishPacket> _incoming = ThreadingChannel.CreateBounded<MqttPublishPacket>(
        new BoundedChannelOptions(DispatchCapacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait, AllowSynchronousContinuations = true });

    private readonly CancellationTokenSource _closing = new();
    private long _lastSentTicks;
    private long _lastReceivedTicks;
    private volatile bool _pingOutstanding;
    private int _writing;
    private int _closed;
    private int _started;
    private Task _completion = Task.CompletedTask;

    public MqttClientConnection(IMqttChannel channel, MqttClientOptions options, IMqttConnectionHandler handler, TimeProvider time)
    {
        _channel = channel;
        _handler = handler;
        _time = time;
        _keepAlive = options.KeepAlivePeriod;
        _framer = new MqttPacketFramer(channel, options.MaximumIncomingPacketSizeBytes);
        _originTimestamp = time.GetTimestamp();
    }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Completes when every loop has ended.</summary>
    public Task Completion => _completion;

    private long NowTicks => _time.GetElapsedTime(_originTimestamp).Ticks;

    /// <summary>Sends CONNECT and waits for CONNACK (any other packet first is a violation).</summary>
    public async Task<MqttConnAckPacket> HandshakeAsync(MqttConnectPacket connect, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        MqttPacketWriter.Write(connect, buffer);
        await _channel.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _lastSentTicks, NowTicks);
        while (true)
        {
            if (_framer.TryReadPacket(out MqttPacket? packet))
            {
                if (packet is MqttConnAckPacket connAck)
                {
                    Volatile.Write(ref _lastReceivedTicks, NowTicks);
                    return connAck;
                }

                throw new MqttProtocolViolationException($"The broker sent {packet!.PacketType} before CONNACK; a broker must answer CONNECT with CONNACK first.");
            }

            if (!await _framer.FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new MqttCommunicationException("The broker closed the connection before answering CONNECT: check that the port speaks MQTT (and TLS if configured) and the broker's log.");
            }
        }
    }

    /// <summary>Starts the loops after a successful handshake.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        _completion = Task.WhenAll(
            Task.Run(ReadLoopAsync),
            Task.Run(DispatchLoopAsync),
            Task.Run(KeepAliveLoopAsync));
        Flush();
    }

    /// <summary>
    /// Queues a packet; with <paramref name="flush"/> starts writing unless a write is already running
    /// (which will pick it up). False when the connection is closed.
    /// </summary>
    public bool TryEnqueue(MqttOutgoingPacket packet, bool flush = true)
    {
        if (IsClosed)
        {
            return false;
        }

        _outgoing.Enqueue(packet);
        if (IsClosed)
        {
            FailQueuedWrites(null); // Closed meanwhile: do not leave it unanswered.
            return false;
        }

        if (flush)
        {
            Flush();
        }

        return true;
    }

    /// <summary>Starts writing what is queued, unless a write is already running.</summary>
    public void Flush()
    {
        if (Volatile.Read(ref _started) != 0 && !_outgoing.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = WriteQueuedAsync();
        }
    }

    /// <summary>Sends DISCONNECT (waiting at most <paramref name="timeout"/> for it to be written), then closes.</summary>
    public async Task DisconnectAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (TryEnqueue(MqttOutgoingPacket.ForPacket(MqttDisconnectPacket.Instance, written)))
        {
            try
            {
                await written.Task.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or MqttCommunicationException)
            {
                // Closing anyway: the broker then treats it as a lost connection.
            }
        }

        Close(null);
        await _completion.ConfigureAwait(false);
    }

    /// <summary>Closes the connection once; <paramref name="error"/> null means the client asked for it.</summary>
    public void Close(Exception? error)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _closing.Cancel();
        _channel.Dispose();
        FailQueuedWrites(error);

        if (error is not null)
        {
            _handler.HandleConnectionLost(this, error);
        }
    }

    private async Task ReadLoopAsync()
    {
        CancellationToken token = _closing.Token;
        try
        {
            while (true)
            {
                while (_framer.TryReadPacket(out MqttPacket? packet))
                {
                    if (packet is MqttPublishPacket publish)
                    {
                        if (!_incoming.Writer.TryWrite(publish))
                        {
                            await _incoming.Writer.WriteAsync(publish, token).ConfigureAwait(false);

                            // The handlers are behind, not the broker: what waits in our buffer arrived in time.
                            Volatile.Write(ref _lastReceivedTicks, NowTicks);
                        }
                    }
                    else
                    {
                        HandleControlPacket(packet!);
                    }
                }

                if (!await _framer.FillAsync(token).ConfigureAwait(false))
                {
                    throw new MqttCommunicationException("The broker closed the connection.");
                }

                Volatile.Write(ref _lastReceivedTicks, NowTicks);
            }
        }
        catch (Exception ex)
        {
            Close(Describe(ex));
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    private void HandleControlPacket(MqttPacket packet)
    {
        switch (packet)
        {
            case MqttPubAckPacket pubAck: _handler.HandlePubAck(pubAck.PacketIdentifier); break;
            case MqttSubAckPacket subAck: _handler.HandleSubAck(subAck); break;
            case MqttUnsubAckPacket unsubAck: _handler.HandleUnsubAck(unsubAck.PacketIdentifier); break;
            case MqttPingRespPacket: _pingOutstanding = false; break;
            default:
                throw new MqttProtocolViolationException(
                    $"The broker sent a {packet.PacketType} packet, which a broker must not send to a client at this point. The connection was closed.");
        }
    }

    private async Task DispatchLoopAsync()
    {
        ChannelReader<MqttPublishPacket> reader = _incoming.Reader;
        int unflushedAcks = 0;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out MqttPublishPacket? publish))
            {
                await _handler.HandlePublishAsync(publish).ConfigureAwait(false);
                if (publish.QualityOfServiceLevel == MqttQualityOfServiceLevel.AtLeastOnce)
                {
                    // After the handler (at-least-once). Lost with the connection: the broker re-delivers.
                    // Batched: written when the queue runs dry or every PubAcksPerFlush messages.
                    TryEnqueue(MqttOutgoingPacket.ForPubAck(publish.PacketIdentifier), flush: false);
                    if (++unflushedAcks >= PubAcksPerFlush)
                    {
                        unflushedAcks = 0;
                        Flush();
                    }
                }
            }

            unflushedAcks = 0;
            Flush();
        }
    }

    /// <summary>The single writer: runs while packets are queued, one socket write per batch.</summary>
    private async Task WriteQueuedAsync()
    {
        try
        {
            while (true)
            {
                while (_writeBuffer.WrittenCount < WriteBatchBytes && _outgoing.TryDequeue(out MqttOutgoingPacket item))
                {
                    if (item.Packet is null)
                    {
                        MqttPacketWriter.WritePubAck(item.PubAckIdentifier, _writeBuffer);
                    }
                    else
                    {
                        MqttPacketWriter.Write(item.Packet, _writeBuffer);
                    }

                    if (item.Written is not null)
                    {
                        _writeCompletions.Add(item.Written);
                    }
                }

                if (_writeBuffer.WrittenCount == 0)
                {
                    Volatile.Write(ref _writing, 0);
                    if (_outgoing.IsEmpty || IsClosed || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                    {
                        return;
                    }

                    continue;
                }

                await _channel.WriteAsync(_writeBuffer.WrittenMemory, _closing.Token).ConfigureAwait(false);
                Volatile.Write(ref _lastSentTicks, NowTicks);
                _writeBuffer.ResetWrittenCount();
                foreach (TaskCompletionSource<bool> completion in _writeCompletions)
                {
                    completion.TrySetResult(true);
                }

                _writeCompletions.Clear();
            }
        }
        catch (Exception ex)
        {
            Exception failure = Describe(ex);
            var lost = failure as MqttCommunicationException ?? new MqttCommunicationException("The connection closed before the packet was written.", failure);
            foreach (TaskCompletionSource<bool> completion in _writeCompletions)
            {
                completion.TrySetException(lost);
            }

            _writeCompletions.Clear();
            Close(failure);
            FailQueuedWrites(lost);
        }
    }

    private async Task KeepAliveLoopAsync()
    {
        if (_keepAlive <= TimeSpan.Zero)
        {
            return;
        }

        TimeSpan interval = MqttKeepAliveMonitor.CheckInterval(_keepAlive);
        try
        {
            while (!IsClosed)
            {
                await Task.Delay(interval, _time, _closing.Token).ConfigureAwait(false);
                var now = TimeSpan.FromTicks(NowTicks);
                MqttKeepAliveAction action = MqttKeepAliveMonitor.Evaluate(
                    now, TimeSpan.FromTicks(Volatile.Read(ref _lastSentTicks)), TimeSpan.FromTicks(Volatile.Read(ref _lastReceivedTicks)), _pingOutstanding, _keepAlive);
                if (action == MqttKeepAliveAction.SendPing)
                {
                    _pingOutstanding = true;
                    TryEnqueue(MqttOutgoingPacket.ForPacket(MqttPingReqPacket.Instance));
                }
                else if (action == MqttKeepAliveAction.ConnectionLost)
                {
                    Close(new MqttCommunicationException(
                        $"Nothing arrived from the broker for {(now - TimeSpan.FromTicks(Volatile.Read(ref _lastReceivedTicks))).TotalSeconds:0.#} s (1.5 × the keep-alive of {_keepAlive.TotalSeconds} s, PINGREQ unanswered): the connection is considered lost."));
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Closed.
        }
    }

    private void FailQueuedWrites(Exception? error)
    {
        MqttCommunicationException? failure = null;
        while (_outgoing.TryDequeue(out MqttOutgoingPacket item))
        {
            if (item.Written is not null)
            {
                failure ??= error as MqttCommunicationException ?? new MqttCommunicationException("The connection closed before the packet was written.", error);
                item.Written.TrySetException(failure);
            }
        }
    }

    private Exception Describe(Exception ex)
    {
        if (ex is MqttCommunicationException)
        {
            return ex;
        }

        if (IsClosed && ex is OperationCanceledException or ObjectDisposedException or IOException)
        {
            return new MqttCommunicationException("The connection was closed.", ex);
        }

        return new MqttCommunicationException($"The connection to the broker was lost: {ex.Message}", ex);
    }
}
