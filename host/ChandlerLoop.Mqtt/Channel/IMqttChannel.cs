namespace ChandlerLoop.Mqtt.Channel;

/// <summary>
/// A connected byte stream to a broker (TCP, TLS, or in-memory for tests). One reader and one
/// writer may use it concurrently. <see cref="IDisposable.Dispose"/> closes it and makes pending
/// reads end (with 0 or an exception).
/// </summary>
internal interface IMqttChannel : IDisposable
{
    /// <summary>Reads at least one byte into <paramref name="buffer"/>; 0 means the peer closed the stream.</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes all of <paramref name="buffer"/>.</summary>
    ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken);
}
