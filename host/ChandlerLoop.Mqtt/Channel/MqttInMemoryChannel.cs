namespace ChandlerLoop.Mqtt.Channel;

/// <summary>
/// One end of an in-memory duplex byte stream (tests, fake brokers). Disposing either end ends
/// both directions: the other end reads 0 and its writes fail, like a closed TCP connection.
/// </summary>
internal sealed class MqttInMemoryChannel : IMqttChannel
{
    private readonly MqttInMemoryPipe _incoming;
    private readonly MqttInMemoryPipe _outgoing;

    private MqttInMemoryChannel(MqttInMemoryPipe incoming, MqttInMemoryPipe outgoing)
    {
        _incoming = incoming;
        _outgoing = outgoing;
    }

    /// <summary>Total bytes written through this end.</summary>
    public long BytesWritten { get; private set; }

    public static (MqttInMemoryChannel Client, MqttInMemoryChannel Server) CreatePair()
    {
        var toServer = new MqttInMemoryPipe();
        var toClient = new MqttInMemoryPipe();
        return (new MqttInMemoryChannel(toClient, toServer), new MqttInMemoryChannel(toServer, toClient));
    }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => _incoming.ReadAsync(buffer, cancellationToken);

    public ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _outgoing.Write(buffer.Span);
        BytesWritten += buffer.Length;
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _incoming.Complete();
        _outgoing.Complete();
    }
}
