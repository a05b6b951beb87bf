using ChandlerLoop.Control.Run;
using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.Simulator.Tests.Rig;

public sealed class VirtualRigFaultInjectionTests
{
    public static TheoryData<string, RigFault> ExposureFaults => new()
    {
        { "control_open", RigFault.ControlSensorInvalid },
        { "control_short", RigFault.ControlSensorInvalid },
        { "safety_no_response", RigFault.SafetySensorInvalid },
        { "motor_stall", RigFault.MotorStall },
    };

    [Theory]
    [MemberData(nameof(ExposureFaults))]
    public async Task A_fault_injected_during_exposure_is_reported_and_the_heater_is_off(string fault, RigFault expected)
    {
        await using RigSession s = await RigSession.StartAsync();
        await s.StartExposureAsync([0, 30]);
        await s.CommandAsync(id => new Protocol.Messages.Commands.AckSampleCommand(s.RigId, id, 0));
        await s.Rig.RunTicksAsync(400); // 200 s of exposure: drum at speed
        Inject(s.Rig, fault);
        await s.TickUntilAsync(r => r.State == RunState.Faulted, 120, fault);
        await s.Rig.RunTicksAsync(6);
        await AssertReportedAsync(s, expected);
    }

    [Fact]
    public async Task A_failed_heater_during_prewarm_is_reported_as_heating_failure()
    {
        await using RigSession s = await RigSession.StartAsync(bathCelsius: 30.0);
        Assert.True((await s.StartPrewarmAsync([0])).Accepted);
        s.Rig.InjectHeaterFailure(true);
        await s.TickUntilAsync(r => r.State == RunState.Faulted, 900, "heating failure");
        await s.Rig.RunTicksAsync(6);
        await AssertReportedAsync(s, RigFault.HeatingFailure);
    }

    private static void Inject(VirtualRig rig, string fault)
    {
        switch (fault)
        {
            case "control_open": rig.InjectControlSensorFault(SensorFault.Open); break;
            case "control_short": rig.InjectControlSensorFault(SensorFault.Short); break;
            case "safety_no_response": rig.InjectSafetySensorFault(SensorFault.NoResponse); break;
            case "motor_stall": rig.InjectMotorStall(true); break;
            default: throw new ArgumentOutOfRangeException(nameof(fault), fault, "unknown fault");
        }
    }

    private static async Task AssertReportedAsync(RigSession s, RigFault expected)
    {
        await s.SettleAsync();
        FaultLatchedEvent latched = Assert.Single(s.Host.Events(s.RigId).OfType<FaultLatchedEvent>());
        Assert.Equal(expected, latched.Fault);
        StateChangedEvent faulted = s.Host.Events(s.RigId).OfType<StateChangedEvent>().Last();
        Assert.Equal(RigState.Faulted, faulted.To);

        List<TelemetryRecord> after = s.RunTelemetry().Where(t => t.TimeSinceBootSeconds >= latched.TimeSinceBootSeconds).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, t =>
        {
            Assert.Equal(0.0, t.HeaterDutyCycle);
            Assert.Equal(expected, t.Fault);
            Assert.Equal(RigState.Faulted, t.State);
        });
        Assert.Equal(0.0, s.Rig.HeaterDuty);
        Assert.Equal(expected, s.Host.Statuses(s.RigId).Last().Fault);
    }
}
