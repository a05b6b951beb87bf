namespace ChandlerLoop.Mqtt.Client;

/// <summary>
/// Reconnect delays, pure: attempt n (0-based) waits min(InitialDelay × 2^n, MaxDelay) multiplied by
/// 1 + JitterFraction × (2u − 1) for a uniform u in [0, 1), so ±JitterFraction around the nominal.
/// </summary>
internal static class MqttReconnectBackoff
{
    public static TimeSpan GetDelay(MqttReconnectOptions options, int attempt, double uniform)
    {
        double nominalSeconds = options.InitialDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt, 30));
        nominalSeconds = Math.Min(nominalSeconds, options.MaxDelay.TotalSeconds);
        double factor = 1 + (options.JitterFraction * ((2 * uniform) - 1));
        return TimeSpan.FromSeconds(nominalSeconds * factor);
    }
}
