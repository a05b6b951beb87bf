namespace ChandlerLoop.Mqtt;

/// <summary>
/// Automatic reconnect after a lost connection: exponential back-off from <see cref="InitialDelay"/>
/// doubling up to <see cref="MaxDelay"/>, each delay multiplied by a random factor in
/// [1 − <see cref="JitterFraction"/>, 1 + <see cref="JitterFraction"/>] so that many rigs do not
/// reconnect in lock-step after a broker restart.
/// </summary>
public sealed class MqttReconnectOptions
{
    /// <summary>Delay before the first reconnect attempt.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the (un-jittered) delay between attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Relative jitter, 0..1 (0.2 = ±20 %).</summary>
    public double JitterFraction { get; set; } = 0.2;

    /// <summary>False disables automatic reconnect.</summary>
    public bool Enabled { get; set; } = true;
}
