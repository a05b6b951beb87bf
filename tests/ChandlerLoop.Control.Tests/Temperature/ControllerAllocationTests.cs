using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Temperature;

/// <summary>The device has ~100 KB of heap and a stop-the-world collector: no controller may
/// allocate in Update, on any path (normal, saturated, invalid input, completion).</summary>
public class ControllerAllocationTests
{
    private static long AllocatedBytesOverUpdates(ITemperatureController controller, LaggedBathFake bath, int ticks)
    {
        double duty = 0.0;
        // Warm-up: JIT and first-call paths are not what the device does per tick.
        duty = controller.Update(0.5, bath.Measure(), 37.0);
        long total = 0;
        for (int i = 0; i < ticks; i++)
        {
            bath.Step(0.5, duty);
            double measured = (i % 997) == 0 ? double.NaN : bath.Measure();
            double elapsed = (i % 1009) == 0 ? 0.0 : 0.5;
            long before = GC.GetAllocatedBytesForCurrentThread();
            duty = controller.Update(elapsed, measured, 37.0);
            total += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return total;
    }

    [Fact]
    public void Pid_update_allocates_nothing()
    {
        var pid = new PidController(new PidGains(2.0, 0.01, 60.0, 15.0, 1.0, 0.15, 0.25));

        Assert.Equal(0, AllocatedBytesOverUpdates(pid, new LaggedBathFake().Start(22.0), 20_000));
    }

    [Fact]
    public void Bang_bang_update_allocates_nothing()
    {
        var thermostat = new BangBangController(0.05, 1.0);

        Assert.Equal(0, AllocatedBytesOverUpdates(thermostat, new LaggedBathFake().Start(22.0), 20_000));
    }

    [Fact]
    public void Autotune_update_allocates_nothing_through_completion()
    {
        var tuner = new RelayAutotuner(new RelayAutotuneSettings());
        var bath = new LaggedBathFake().Start(22.0);
        double duty = tuner.Update(0.5, bath.Measure(), 37.0);
        long total = 0;
        int ticks = 0;
        while (tuner.State is AutotuneState.Approaching or AutotuneState.Relaying && ticks < 50_000)
        {
            bath.Step(0.5, duty);
            double measured = bath.Measure();
            long before = GC.GetAllocatedBytesForCurrentThread();
            duty = tuner.Update(0.5, measured, 37.0);
            total += GC.GetAllocatedBytesForCurrentThread() - before;
            ticks++;
        }

        Assert.Equal(AutotuneState.Completed, tuner.State);
        Assert.Equal(0, total);
    }
}
