namespace ChandlerLoop.Mqtt;

/// <summary>
/// One connection of an <see cref="InProcessMqttClient"/> to its session, from CONNACK until it is
/// closed cleanly or lost. Its delivery pump waits on <see cref="Signal"/>.
/// </summary>
internal sealed class InProcessConnection
{
    public InProcessConnection(InProcessMqttClient client, InProcessSession session, MqttApplicationMessage? will, string? userName)
    {
        Client = client;
        Session = session;
        Will = will;
        UserName = userName;
    }

    public InProcessMqttClient Client { get; }

    public InProcessSession Session { get; }

    public string? UserName { get; }

    /// <summary>The last will; cleared by a clean DISCONNECT. Guarded by the broker's lock.</summary>
    public MqttApplicationMessage? Will { get; set; }

    /// <summary>False once closed. Guarded by the broker's lock.</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>Cancelled when the connection closes: stops the delivery pump.</summary>
    public CancellationTokenSource Closed { get; } = new();

    /// <summary>Released (at most to 1) when the session's queue may have something to deliver.</summary>
    public SemaphoreSlim Signal { get; } = new(0, 1);

    /// <summary>Wakes the delivery pump; call only under the broker's lock.</summary>
    public void Notify()
    {
        if (Signal.CurrentCount == 0)
        {
            Signal.Release();
        }
    }
}
