using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Tests.Safety;

public class SafetySupervisorTests
{
    [Fact]
    public void Normal_readings_latch_nothing_and_allow_the_heater()
    {
        var h = new SupervisorHarness();
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(FaultCode.None, h.Fresh(i * 0.5, 37.0, 37.1));
        }

        Assert.True(h.Supervisor.HeaterAllowed);
        Assert.Equal(FaultCode.None, h.Supervisor.PresentCondition);
    }

    [Fact]
    public void Over_temperature_latches_immediately_with_the_reading_and_the_limit()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 38.9, 38.8);
        Assert.Equal(FaultCode.OverTemperature, h.Fresh(0.5, 39.05, 38.9));
        Assert.False(h.Supervisor.HeaterAllowed);
        FaultRecord fault = h.Supervisor.Fault;
        Assert.Equal(0.5, fault.TimeSeconds);
        Assert.Equal(39.05, fault.Value);
        Assert.Equal(39.0, fault.Limit);
        Assert.Equal(38.9, fault.SafetyCelsius);
    }

    [Fact]
    public void Over_temperature_on_the_independent_safety_sensor_alone_also_trips()
    {
        var h = new SupervisorHarness();
        Assert.Equal(FaultCode.OverTemperature, h.Fresh(0.0, 38.5, 39.2));
        Assert.Equal(39.2, h.Supervisor.Fault.Value);
    }

    [Fact]
    public void Over_temperature_clears_only_below_the_limit_minus_hysteresis()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 39.5, 39.4);
        h.Fresh(0.5, 38.7, 38.7); // below the limit but inside the 0.5 °C hysteresis
        Assert.Equal(FaultClearRefusal.ConditionPersists, h.Supervisor.Clear());
        Assert.Equal(FaultCode.OverTemperature, h.Supervisor.PresentCondition);
        Assert.True(h.Supervisor.IsFaulted);

        h.Fresh(1.0, 38.4, 38.4);
        Assert.Equal(FaultClearRefusal.None, h.Supervisor.Clear());
        Assert.False(h.Supervisor.IsFaulted);
        Assert.Equal(FaultCode.None, h.Supervisor.Fault.Code);
    }

    [Fact]
    public void A_fault_stays_latched_after_the_condition_goes_until_cleared()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 40.0, 40.0);
        for (int i = 1; i < 20; i++)
        {
            Assert.Equal(FaultCode.OverTemperature, h.Fresh(i, 37.0, 37.0));
        }

        Assert.False(h.Supervisor.HeaterAllowed);
    }

    [Fact]
    public void Clear_without_a_fault_is_refused()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 37.0, 37.0);
        Assert.Equal(FaultClearRefusal.NotFaulted, h.Supervisor.Clear());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(988.8)]   // open RTD: ratio near full scale
    [InlineData(-242.0)]  // shorted RTD: ratio near zero
    [InlineData(-0.5)]    // below the plausible range
    [InlineData(double.PositiveInfinity)]
    public void Invalid_control_reading_latches_control_sensor_invalid(double reading)
    {
        var h = new SupervisorHarness();
        Assert.Equal(FaultCode.ControlSensorInvalid, h.Fresh(0.0, reading, 37.0));
        Assert.Equal(FaultCode.ControlSensorInvalid, h.Supervisor.PresentCondition);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(85.0)]    // DS18B20 power-on reset value
    [InlineData(-127.0)]  // "no device / CRC error" driver value
    public void Invalid_safety_reading_latches_safety_sensor_invalid(double reading)
    {
        var h = new SupervisorHarness();
        Assert.Equal(FaultCode.SafetySensorInvalid, h.Fresh(0.0, 37.0, reading));
    }

    [Fact]
    public void Control_reading_older_than_four_periods_is_stale()
    {
        var h = new SupervisorHarness();
        h.Inputs.SafetyCelsius = 37.0;
        h.Inputs.ControlCelsius = 37.0;
        h.Inputs.ControlReadingSeconds = 10.0;
        for (double now = 10.0; now <= 12.0; now += 0.5)
        {
            h.Inputs.NowSeconds = now;
            h.Inputs.SafetyReadingSeconds = now;
            Assert.Equal(FaultCode.None, h.Supervisor.Evaluate(h.Inputs));
        }

        h.Inputs.NowSeconds = 12.5;
        h.Inputs.SafetyReadingSeconds = 12.5;
        Assert.Equal(FaultCode.ControlSensorStale, h.Supervisor.Evaluate(h.Inputs));
        Assert.Equal(2.5, h.Supervisor.Fault.Value, 9);
        Assert.Equal(2.0, h.Supervisor.Fault.Limit, 9);
    }

    [Fact]
    public void Safety_reading_older_than_ten_periods_is_stale()
    {
        var h = new SupervisorHarness();
        h.Inputs.ControlCelsius = 37.0;
        h.Inputs.SafetyCelsius = 37.0;
        h.Inputs.SafetyReadingSeconds = 0.0;
        h.Inputs.NowSeconds = 5.0;
        h.Inputs.ControlReadingSeconds = 5.0;
        Assert.Equal(FaultCode.None, h.Supervisor.Evaluate(h.Inputs));
        h.Inputs.NowSeconds = 5.5;
        h.Inputs.ControlReadingSeconds = 5.5;
        Assert.Equal(FaultCode.SafetySensorStale, h.Supervisor.Evaluate(h.Inputs));
    }

    [Fact]
    public void No_reading_at_all_becomes_stale_counted_from_the_first_evaluation()
    {
        var h = new SupervisorHarness();
        h.Inputs.ControlCelsius = 37.0;
        h.Inputs.SafetyCelsius = 37.0;
        h.Inputs.SafetyReadingSeconds = 100.0;
        h.Inputs.ControlReadingSeconds = double.NaN;
        h.Inputs.NowSeconds = 100.0;
        Assert.Equal(FaultCode.None, h.Supervisor.Evaluate(h.Inputs));
        h.Inputs.NowSeconds = 102.5;
        h.Inputs.SafetyReadingSeconds = 102.5;
        Assert.Equal(FaultCode.ControlSensorStale, h.Supervisor.Evaluate(h.Inputs));
    }

    [Fact]
    public void Disagreement_latches_only_after_the_debounce_time()
    {
        var h = new SupervisorHarness();
        double now = 0.0;
        for (; now < 5.0; now += 0.5)
        {
            Assert.Equal(FaultCode.None, h.Fresh(now, 37.0, 35.8));
            Assert.Equal(FaultCode.SensorDisagreement, h.Supervisor.PresentCondition);
        }

        Assert.Equal(FaultCode.SensorDisagreement, h.Fresh(now, 37.0, 35.8));
        Assert.Equal(1.2, h.Supervisor.Fault.Value, 9);
        Assert.Equal(1.0, h.Supervisor.Fault.Limit);
        Assert.Equal(5.0, h.Supervisor.Fault.DurationSeconds, 9);
    }

    [Fact]
    public void A_short_disagreement_restarts_the_debounce()
    {
        var h = new SupervisorHarness();
        for (int cycle = 0; cycle < 10; cycle++)
        {
            double start = cycle * 6.0;
            for (double t = 0.0; t < 4.5; t += 0.5)
            {
                Assert.Equal(FaultCode.None, h.Fresh(start + t, 37.0, 35.5));
            }

            Assert.Equal(FaultCode.None, h.Fresh(start + 5.0, 37.0, 36.5));
        }
    }

    [Fact]
    public void Disagreement_clear_is_refused_while_the_sensors_still_differ()
    {
        var h = new SupervisorHarness();
        for (double t = 0.0; t <= 5.0; t += 0.5)
        {
            h.Fresh(t, 37.0, 38.5);
        }

        Assert.Equal(FaultClearRefusal.ConditionPersists, h.Supervisor.Clear());
        h.Fresh(6.0, 37.0, 37.2);
        Assert.Equal(FaultClearRefusal.None, h.Supervisor.Clear());
    }

    [Fact]
    public void Control_loop_deadline_latches_control_loop_stalled_with_the_age()
    {
        var h = new SupervisorHarness();
        Assert.Equal(FaultCode.None, h.Supervisor.CheckControlLoop(12.0, 10.0));
        Assert.Equal(FaultCode.ControlLoopStalled, h.Supervisor.CheckControlLoop(12.6, 10.0));
        Assert.Equal(2.6, h.Supervisor.Fault.Value, 9);
        Assert.Equal(2.0, h.Supervisor.Fault.Limit);
        Assert.Equal(FaultClearRefusal.ConditionPersists, h.Supervisor.Clear());

        h.Supervisor.CheckControlLoop(13.0, 12.9);
        Assert.Equal(FaultClearRefusal.None, h.Supervisor.Clear());
    }

    [Fact]
    public void Motor_stall_flag_latches_with_measured_and_commanded_speed()
    {
        var h = new SupervisorHarness();
        h.Inputs.MotorStalled = true;
        h.Inputs.CommandedRpm = 30.0;
        h.Inputs.MeasuredRpm = 3.0;
        h.Inputs.MotorStallSeconds = 2.5;
        Assert.Equal(FaultCode.MotorStall, h.Fresh(1.0, 37.0, 37.0));
        Assert.Equal(3.0, h.Supervisor.Fault.Value);
        Assert.Equal(30.0, h.Supervisor.Fault.Limit);
        Assert.Equal(2.5, h.Supervisor.Fault.DurationSeconds);
        Assert.Equal(FaultClearRefusal.ConditionPersists, h.Supervisor.Clear());

        h.Inputs.MotorStalled = false;
        h.Fresh(1.5, 37.0, 37.0);
        Assert.Equal(FaultClearRefusal.None, h.Supervisor.Clear());
    }

    [Fact]
    public void The_first_fault_is_kept_when_others_follow()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 39.5, 39.5);
        h.Fresh(0.5, double.NaN, 39.5);
        Assert.Equal(FaultCode.OverTemperature, h.Supervisor.Fault.Code);
        Assert.Equal(0.0, h.Supervisor.Fault.TimeSeconds);
    }

    [Fact]
    public void Set_points_must_stay_a_margin_below_the_limit()
    {
        var supervisor = new SafetySupervisor(new SafetyLimits());
        Assert.True(supervisor.IsSetpointBelowLimit(37.0));
        Assert.True(supervisor.IsSetpointBelowLimit(38.0));
        Assert.False(supervisor.IsSetpointBelowLimit(38.5));
        Assert.False(supervisor.IsSetpointBelowLimit(double.NaN));
    }

    [Fact]
    public void Evaluate_allocates_nothing()
    {
        var h = new SupervisorHarness();
        h.Fresh(0.0, 37.0, 37.0, 0.7);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 10000; i++)
        {
            h.Fresh(i * 0.5, 37.0 + (i % 7) * 0.01, 37.05, 0.7);
            h.Supervisor.CheckControlLoop(i * 0.5, i * 0.5);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
