namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>Assertions on a run's stored telemetry.</summary>
internal static class TelemetryAssert
{
    /// <summary>The stored sequence numbers are exactly 1..n with n at least the rig's newest record when checked.</summary>
    public static void CompleteUpTo(List<int> stored, int newest)
    {
        Assert.True(newest > 0, "the rig sent no telemetry for the run");
        var missing = Enumerable.Range(1, Math.Max(newest, stored.Count == 0 ? 0 : stored[^1])).Except(stored).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} records missing from the stored series (first {string.Join(", ", missing.Take(10))}); stored {stored.Count}, rig's newest {newest}");
        Assert.Equal(Enumerable.Range(1, stored.Count), stored);
        Assert.True(stored.Count >= newest, $"stored {stored.Count} < rig's newest {newest}");
    }
}
