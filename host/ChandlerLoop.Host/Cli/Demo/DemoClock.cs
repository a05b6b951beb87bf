using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>
/// "Now" for the demo's services: the wall-clock start plus the simulated seconds elapsed, so
/// timestamps in the records (load, samples, telemetry receipt) are as far apart as on a real rig
/// although the simulation runs accelerated. Timers (command time-outs, flushes) stay wall-clock.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly SimulationClock _simulation;

    /// <summary>Creates the clock starting at <paramref name="start"/>.</summary>
    public DemoClock(DateTimeOffset start, SimulationClock simulation)
    {
        _start = start;
        _simulation = simulation;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _start.AddSeconds(_simulation.NowSeconds);
}
