namespace ChandlerLoop.Mqtt.Channel;

/// <summary>One direction of an in-memory byte stream: unbounded, thread-safe, one reader.</summary>
internal sealed class MqttInMemoryPipe
{
    private readonly object _sync = new();
    private byte[] _buffer = new byte[4096];
    private int _start;
    private int _count;
    private bool _completed;
    private TaskCompletionSource? _dataAvailable;

    public void Write(ReadOnlySpan<byte> data)
    {
        TaskCompletionSource? waiter;
        lock (_sync)
        {
            if (_completed)
            {
                throw new IOException("The in-memory connection is closed.");
            }

            if (_start + _count + data.Length > _buffer.Length)
            {
                int needed = _count + data.Length;
                byte[] target = needed > _buffer.Length ? new byte[Math.Max(needed, _buffer.Length * 2)] : _buffer;
                Buffer.BlockCopy(_buffer, _start, target, 0, _count);
                _buffer = target;
                _start = 0;
            }

            data.CopyTo(_buffer.AsSpan(_start + _count));
            _count += data.Length;
            waiter = _dataAvailable;
            _dataAvailable = null;
        }

        waiter?.TrySetResult();
    }

    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_sync)
            {
                if (_count > 0)
                {
                    int n = Math.Min(_count, destination.Length);
                    _buffer.AsSpan(_start, n).CopyTo(destination.Span);
                    _start += n;
                    _count -= n;
                    if (_count == 0)
                    {
                        _start = 0;
                    }

                    return n;
                }

                if (_completed)
                {
                    return 0;
                }

                _dataAvailable ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _dataAvailable.Task;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the stream: buffered bytes can still be read, then reads return 0; writes fail.</summary>
    public void Complete()
    {
        TaskCompletionSource? waiter;
        lock (_sync)
        {
            _completed = true;
            waiter = _dataAvailable;
            _dataAvailable = null;
        }

        waiter?.TrySetResult();
    }
}
