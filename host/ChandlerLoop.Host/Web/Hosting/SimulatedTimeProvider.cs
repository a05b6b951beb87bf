using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>
/// "Now" for the host's services while rigs are simulated: the wall-clock start plus the simulated
/// seconds elapsed, so record timestamps are as far apart as on a real rig although the simulation
/// may run accelerated. Timers (command time-outs, flushes) stay wall-clock.
/// </summary>
internal sealed class SimulatedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly SimulationClock _simulation;

    /// <summary>Creates the clock starting at <paramref name="start"/>.</summary>
    public SimulatedTimeProvider(DateTimeOffset start, SimulationClock simulation)
    {
        _start = start;
        _simulation = simulation;
    }

    /// <summary>The simulation the time follows.</summary>
    public SimulationClock Simulation => _simulation;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _start.AddSeconds(_simulation.NowSeconds);
}
