using System.Diagnostics;
using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A <see cref="VirtualRig"/> on Mosquitto (<see cref="RigBrokerConnection.Tcp"/>) ticking in the
/// background at <see cref="Acceleration"/>× real time (600×: 1,200 ticks of 0.5 s per wall second;
/// late ticks run back to back), as the <c>chandler sim</c> verb runs it. The test reacts to its
/// state like an operator would (wall-clock waits with a timeout). <see cref="Act"/> runs an action
/// between two ticks (e.g. a reboot request), so it never races a tick.
/// </summary>
internal sealed class PacedRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _tickLock = new(1, 1);
    private Task? _loop;
    private Exception? _failure;

    private PacedRig(VirtualRig rig)
    {
        Rig = rig;
    }

    public VirtualRig Rig { get; }

    public string RigId => Rig.RigId;

    /// <summary>Simulated seconds per wall-clock second (starts at 1×); may be changed while running.</summary>
    public double Acceleration { get; set; } = 1;

    public static async Task<PacedRig> StartAsync(int port, string rigId, double bathCelsius = 36.9)
    {
        var rig = new VirtualRig(
            new VirtualRigOptions { RigId = rigId, Plant = new PlantParameters { InitialTemperatureCelsius = bathCelsius } },
            RigBrokerConnection.Tcp("127.0.0.1", port));
        await rig.StartAsync();
        var paced = new PacedRig(rig);
        paced._loop = Task.Run(() => paced.RunAsync(paced._stop.Token));
        return paced;
    }

    /// <summary>Runs <paramref name="action"/> between two ticks.</summary>
    public async Task Act(Action<VirtualRig> action)
    {
        await _tickLock.WaitAsync();
        try
        {
            action(Rig);
        }
        finally
        {
            _tickLock.Release();
        }
    }

    /// <summary>Waits (wall time) until <paramref name="condition"/> holds; fails with the rig's state after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<VirtualRig, bool> condition, TimeSpan timeout, string what)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_failure is not null)
            {
                throw new InvalidOperationException("The rig's tick loop failed", _failure);
            }

            await _tickLock.WaitAsync();
            bool done;
            try
            {
                done = condition(Rig);
            }
            finally
            {
                _tickLock.Release();
            }

            if (done)
            {
                return;
            }

            if (waited.Elapsed > timeout)
            {
                Assert.Fail($"{what}: not reached within {timeout.TotalSeconds} s (rig state {Rig.State}, fault {Rig.Fault}, run {Rig.RunId}, seq {Rig.LastTelemetrySequence}, connected {Rig.IsConnected}, t {Rig.SimulatedSeconds} s)");
            }

            await Task.Delay(5);
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var origin = Stopwatch.GetTimestamp();
        var originTicks = 0L;
        var ticks = 0L;
        var acceleration = Acceleration;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (acceleration != Acceleration)
                {
                    acceleration = Acceleration;
                    origin = Stopwatch.GetTimestamp();
                    originTicks = ticks;
                }

                var due = originTicks + (long)(Stopwatch.GetElapsedTime(origin).TotalSeconds * acceleration / VirtualRig.TickSeconds);
                while (ticks < due && !ct.IsCancellationRequested)
                {
                    await _tickLock.WaitAsync(ct);
                    try
                    {
                        await Rig.TickAsync(ct);
                    }
                    finally
                    {
                        _tickLock.Release();
                    }

                    ticks++;
                }

                await Task.Delay(1, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped.
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        await Rig.DisposeAsync();
        _stop.Dispose();
        _tickLock.Dispose();
    }
}
