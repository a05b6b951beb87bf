using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;
using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Simulator.Fleet;

/// <summary>
/// N virtual rigs (ids <c>rig-01</c>, <c>rig-02</c>, ...) on one <see cref="SimulationClock"/>,
/// each with its own MQTT client to the same broker. Every tick advances all rigs by 0.5 s, in id
/// order. <see cref="RunTicksAsync"/> runs as fast as possible (tests);
/// <see cref="RunPacedAsync"/> runs the same ticks paced to the clock's acceleration (CLI).
/// </summary>
public sealed class RigFleet : IAsyncDisposable
{
    private readonly VirtualRig[] _rigs;

    /// <summary>A fleet of <paramref name="rigCount"/> rigs (1..99). <paramref name="configure"/>
    /// may adjust each rig's options (its id and a distinct noise seed are preset).</summary>
    public RigFleet(int rigCount, RigBrokerConnection connection, SimulationClock clock,
        Func<VirtualRigOptions, VirtualRigOptions>? configure = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rigCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rigCount, 99);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        _rigs = new VirtualRig[rigCount];
        for (int i = 0; i < rigCount; i++)
        {
            var options = new VirtualRigOptions { RigId = RigIdFor(i + 1), NoiseSeed = i + 1, Plant = PlantParameters.Default };
            _rigs[i] = new VirtualRig(configure is null ? options : configure(options), connection);
        }
    }

    /// <summary>The shared simulated clock.</summary>
    public SimulationClock Clock { get; }

    /// <summary>The rigs, in id order.</summary>
    public IReadOnlyList<VirtualRig> Rigs => _rigs;

    /// <summary>The rig with id <paramref name="rigId"/>.</summary>
    public VirtualRig this[string rigId] =>
        Array.Find(_rigs, r => r.RigId == rigId) ?? throw new KeyNotFoundException($"No rig '{rigId}' in this fleet.");

    /// <summary>The id of the <paramref name="number"/>-th rig: rig-01 .. rig-99.</summary>
    public static string RigIdFor(int number) => "rig-" + number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Boots every rig and connects it.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        foreach (VirtualRig rig in _rigs)
        {
            await rig.StartAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>One tick of every rig, then the clock advances 0.5 s.</summary>
    public async Task TickAsync(CancellationToken ct = default)
    {
        foreach (VirtualRig rig in _rigs)
        {
            await rig.TickAsync(ct).ConfigureAwait(false);
        }

        Clock.Advance();
    }

    /// <summary>Runs <paramref name="ticks"/> ticks as fast as possible.</summary>
    public async Task RunTicksAsync(long ticks, CancellationToken ct = default)
    {
        for (long i = 0; i < ticks; i++)
        {
            ct.ThrowIfCancellationRequested();
            await TickAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="simulated"/> of simulated time paced at the clock's
    /// acceleration: tick k is due k / TicksPerWallSecond after the start; a late tick runs at once.</summary>
    public async Task RunPacedAsync(TimeSpan simulated, CancellationToken ct = default)
    {
        long ticks = (long)Math.Round(simulated.TotalSeconds / SimulationClock.TickSeconds);
        var wall = SimulationClock.StartWallClock();
        for (long k = 0; k < ticks; k++)
        {
            TimeSpan delay = Clock.DelayBeforeTick(k, wall.Elapsed);
            if (delay > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }

            ct.ThrowIfCancellationRequested();
            await TickAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Disposes every rig (abrupt disconnection: each broker publishes its will).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (VirtualRig rig in _rigs)
        {
            await rig.DisposeAsync().ConfigureAwait(false);
        }
    }
}
