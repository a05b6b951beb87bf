namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>The derived metrics of a run, recomputed from the stored results every time (never stored, never edited).</summary>
/// <param name="RunId">The run.</param>
/// <param name="RunKey">The run's key, e.g. "R-20261121-01".</param>
/// <param name="IsSimulated">True for a simulated run (every view marks it).</param>
/// <param name="Loops">Every loop of the run, by position.</param>
public sealed record RunMetrics(long RunId, string RunKey, bool IsSimulated, IReadOnlyList<LoopMetrics> Loops)
{
    /// <summary>The loop at this position, or null.</summary>
    public LoopMetrics? Loop(int position) => Loops.FirstOrDefault(l => l.Position == position);
}
