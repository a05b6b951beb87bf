using System.Diagnostics;

namespace ChandlerLoop.Simulator.Time;

/// <summary>
/// Simulated time of a <see cref="Fleet.RigFleet"/>: it advances only in whole ticks of
/// <see cref="TickSeconds"/> (0.5 s, the firmware's control period), whatever the speed. The
/// acceleration (1× real time .. 600×) only decides how many ticks run per wall-clock second
/// (<see cref="TicksPerWallSecond"/>: 2 at 1×, 1,200 at 600×), so every speed runs the same code
/// path; tests skip pacing and drive ticks directly, which is deterministic.
/// </summary>
public sealed class SimulationClock
{
    /// <summary>Simulated seconds per tick.</summary>
    public const double TickSeconds = 0.5;

    /// <summary>Slowest speed: real time.</summary>
    public const double MinimumAcceleration = 1.0;

    /// <summary>Fastest paced speed (a 30-min exposure in 3 s).</summary>
    public const double MaximumAcceleration = 600.0;

    /// <summary>A clock at 0 s running at <paramref name="acceleration"/>× real time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not within 1..600.</exception>
    public SimulationClock(double acceleration = 1.0)
    {
        if (!(acceleration >= MinimumAcceleration && acceleration <= MaximumAcceleration))
        {
            throw new ArgumentOutOfRangeException(nameof(acceleration), acceleration,
                $"The acceleration must be {MinimumAcceleration}..{MaximumAcceleration} (times real time).");
        }

        Acceleration = acceleration;
    }

    /// <summary>Simulated seconds per wall-clock second.</summary>
    public double Acceleration { get; }

    /// <summary>Ticks completed.</summary>
    public long TickCount { get; private set; }

    /// <summary>Simulated time, s.</summary>
    public double NowSeconds => TickCount * TickSeconds;

    /// <summary>Ticks per wall-clock second when paced.</summary>
    public double TicksPerWallSecond => Acceleration / TickSeconds;

    /// <summary>Counts one completed tick.</summary>
    public void Advance() => TickCount++;

    /// <summary>Wall-clock time after the start of pacing at which tick <paramref name="tick"/>
    /// (counted from that start) is due.</summary>
    public TimeSpan WallTimeOfTick(long tick) => TimeSpan.FromSeconds(tick / TicksPerWallSecond);

    /// <summary>How long to wait before tick <paramref name="tick"/> when <paramref name="elapsed"/>
    /// of wall time has passed since pacing started (zero when late: late ticks are not skipped,
    /// they run back to back until the clock has caught up).</summary>
    public TimeSpan DelayBeforeTick(long tick, TimeSpan elapsed)
    {
        TimeSpan due = WallTimeOfTick(tick);
        return due > elapsed ? due - elapsed : TimeSpan.Zero;
    }

    /// <summary>A started stopwatch for pacing.</summary>
    internal static Stopwatch StartWallClock() => Stopwatch.StartNew();
}
