namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>Settings of <c>chandler demo</c>.</summary>
internal sealed class DemoOptions
{
    /// <summary>Time acceleration 1–600.</summary>
    public double Speed { get; init; } = 600;

    /// <summary>Rigs (one run each), 1–6.</summary>
    public int Rigs { get; init; } = 2;

    /// <summary>Plain progress lines instead of a live display.</summary>
    public bool Headless { get; init; }

    /// <summary>Give up after this much simulated time (pre-warm + 30 min exposure need about an hour).</summary>
    public TimeSpan SimulatedTimeLimit { get; init; } = TimeSpan.FromHours(3);
}
