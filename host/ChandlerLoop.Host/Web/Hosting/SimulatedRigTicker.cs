using ChandlerLoop.Simulator.Fleet;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>
/// Ticks the simulated rigs paced to their clock's acceleration. At accelerated time a person
/// cannot acknowledge a sample within the simulated seconds a real rig would give, so while a rig
/// has a sample due and has received no command since, simulated time pauses (at most
/// <c>sampleWait</c> of wall time; zero never pauses).
/// </summary>
internal sealed class SimulatedRigTicker
{
    private readonly RigFleet _fleet;
    private readonly TimeSpan _sampleWait;

    /// <summary>Creates the ticker.</summary>
    public SimulatedRigTicker(RigFleet fleet, TimeSpan sampleWait)
    {
        _fleet = fleet;
        _sampleWait = sampleWait;
    }

    /// <summary>Ticks until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        long paced = 0;
        while (!ct.IsCancellationRequested)
        {
            if (_sampleWait > TimeSpan.Zero && _fleet.Rigs.Any(r => r.State == ChandlerLoop.Control.Run.RunState.SampleDue))
            {
                if (!await WaitForAcknowledgementAsync(ct).ConfigureAwait(false))
                {
                    return;
                }

                paced = 0;
                wall.Restart();
            }

            var delay = _fleet.Clock.DelayBeforeTick(paced, wall.Elapsed);
            if (delay > TimeSpan.FromMilliseconds(1))
            {
                try
                {
                    await Task.Delay(delay, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            await _fleet.TickAsync(CancellationToken.None).ConfigureAwait(false);
            paced++;
        }
    }

    private async Task<bool> WaitForAcknowledgementAsync(CancellationToken ct)
    {
        var received = _fleet.Rigs.Select(r => r.ReceivedCommandCount).ToArray();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < _sampleWait && _fleet.Rigs.Select(r => r.ReceivedCommandCount).SequenceEqual(received))
        {
            try
            {
                await Task.Delay(20, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }
}
