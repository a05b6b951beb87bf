using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Temperature;

public class PidControllerTests
{
    private const double Tolerance = 1e-12;

    private static PidController Pid(double kp, double ki, double kd, double filterSeconds = 0.0,
        double maxDuty = 1.0, double holdDuty = 0.0, double integralBand = double.PositiveInfinity) =>
        new(new PidGains(kp, ki, kd, filterSeconds, maxDuty, holdDuty, integralBand));

    [Fact]
    public void Proportional_term_is_duty_per_degree_of_error()
    {
        var pid = Pid(kp: 0.25, ki: 0, kd: 0);

        double duty = pid.Update(0.5, 35.6, 37.0);

        // 0.25 duty/°C × 1.4 °C = 0.35
        Assert.Equal(0.35, duty, Tolerance);
        Assert.Equal(0.35, pid.ProportionalDuty, Tolerance);
    }

    [Fact]
    public void Integral_term_accumulates_error_times_real_elapsed_seconds()
    {
        var pid = Pid(kp: 0, ki: 0.01, kd: 0);

        double first = pid.Update(2.0, 36.0, 37.0);   // 0.01 × 1.0 °C × 2 s = 0.02
        double second = pid.Update(3.0, 36.5, 37.0);  // + 0.01 × 0.5 °C × 3 s = 0.035

        Assert.Equal(0.02, first, Tolerance);
        Assert.Equal(0.035, second, Tolerance);
        Assert.Equal(0.035, pid.IntegralDuty, Tolerance);
    }

    [Fact]
    public void Derivative_term_opposes_the_measured_rate_of_rise()
    {
        var pid = Pid(kp: 0, ki: 0, kd: 10, filterSeconds: 0, holdDuty: 0.5);

        double first = pid.Update(1.0, 36.00, 37.0);  // no history: rate 0, duty = feed-forward 0.5
        double second = pid.Update(1.0, 36.02, 37.0); // rate 0.02 °C/s × 10 duty·s/°C = 0.2 off

        Assert.Equal(0.5, first, Tolerance);
        Assert.Equal(0.3, second, Tolerance);
        Assert.Equal(-0.2, pid.DerivativeDuty, Tolerance);
    }

    [Fact]
    public void Derivative_filter_is_a_first_order_lag_with_its_time_constant()
    {
        var pid = Pid(kp: 0, ki: 0, kd: 10, filterSeconds: 1.0, holdDuty: 0.5);
        pid.Update(1.0, 36.00, 37.0);

        // Backward-Euler low-pass: rate += dt/(Tf + dt) × (raw − rate) = 0.5 × 0.02 = 0.01 °C/s.
        double duty = pid.Update(1.0, 36.02, 37.0);

        Assert.Equal(0.01, pid.MeasuredRateCelsiusPerSecond, Tolerance);
        Assert.Equal(0.4, duty, Tolerance);
    }

    [Fact]
    public void Output_is_clamped_to_zero_and_max_duty()
    {
        var pid = Pid(kp: 10, ki: 0, kd: 0, maxDuty: 0.8);

        Assert.Equal(0.8, pid.Update(0.5, 36.0, 37.0), Tolerance);
        Assert.Equal(0.0, pid.Update(0.5, 38.0, 37.0), Tolerance);
    }

    [Fact]
    public void Integral_is_frozen_while_the_output_saturates_high()
    {
        var pid = Pid(kp: 1.0, ki: 0.1, kd: 0);

        for (int i = 0; i < 200; i++)
        {
            Assert.Equal(1.0, pid.Update(0.5, 30.0, 37.0), Tolerance);
        }

        Assert.True(pid.IntegralFrozen);
        Assert.Equal(0.0, pid.IntegralDuty, Tolerance);
        // No stored windup: just above the target the heater is off at once.
        Assert.Equal(0.0, pid.Update(0.5, 37.1, 37.0), Tolerance);
    }

    [Fact]
    public void Integral_is_frozen_while_the_output_saturates_low()
    {
        var pid = Pid(kp: 10, ki: 0.1, kd: 0);
        pid.Reset(37.0, 37.0, 0.5);                // at the target: integral = duty 0.5
        Assert.Equal(0.5, pid.IntegralDuty, Tolerance);

        double duty = pid.Update(1.0, 37.2, 37.0); // −2 + 0.5 < 0: saturated low, integral would fall

        Assert.Equal(0.0, duty);
        Assert.True(pid.IntegralFrozen);
        Assert.Equal(0.5, pid.IntegralDuty, Tolerance);
    }

    [Fact]
    public void Integral_is_clamped_to_max_duty()
    {
        var pid = Pid(kp: 0, ki: 1.0, kd: 0, maxDuty: 0.6);

        pid.Update(0.5, 37.0, 37.2);     // 0.1
        pid.Update(10.0, 37.0, 37.2);    // would be 2.1: clamped to 0.6 (and the output is 0.6)

        Assert.Equal(0.6, pid.IntegralDuty, Tolerance);
        Assert.Equal(0.6, pid.OutputDutyCycle, Tolerance);
    }

    [Fact]
    public void Integral_accumulates_only_inside_the_integral_band()
    {
        var pid = Pid(kp: 0, ki: 0.01, kd: 0, integralBand: 0.5);

        pid.Update(1.0, 36.0, 37.0);     // error 1.0 ≥ band: frozen
        Assert.Equal(0.0, pid.IntegralDuty, Tolerance);
        Assert.True(pid.IntegralFrozen);

        pid.Update(1.0, 36.8, 37.0);     // error 0.2 < band: 0.01 × 0.2 × 1
        Assert.Equal(0.002, pid.IntegralDuty, Tolerance);
    }

    [Fact]
    public void Set_point_change_moves_the_output_only_by_kp_times_the_step()
    {
        var pid = Pid(kp: 0.2, ki: 0, kd: 50, filterSeconds: 5, holdDuty: 0.15);
        for (int i = 0; i < 20; i++)
        {
            pid.Update(0.5, 37.0, 37.0);
        }

        double before = pid.OutputDutyCycle;
        double after = pid.Update(0.5, 37.0, 37.5);

        Assert.Equal(before + (0.2 * 0.5), after, Tolerance); // no derivative kick
        Assert.Equal(0.0, pid.DerivativeDuty, Tolerance);
    }

    [Fact]
    public void Reset_takes_over_without_a_bump()
    {
        var pid = Pid(kp: 2.0, ki: 0.01, kd: 40, filterSeconds: 10, holdDuty: 0.15);

        pid.Reset(36.8, 37.0, 0.42);
        double duty = pid.Update(0.5, 36.8, 37.0);

        // Only the integration of this tick is added: 0.01 × 0.2 °C × 0.5 s.
        Assert.Equal(0.42 + 0.001, duty, 1e-9);
    }

    [Fact]
    public void Reset_far_from_the_target_starts_the_integral_at_zero_instead_of_winding_it_to_the_limit()
    {
        // Heater off (duty 0) 15 °C below the target: back-calculating would need an integral of
        // 0 − 0.15 − 2 × 15 → clamped to −1, frozen outside the 0.3 °C band, and P alone would then
        // balance the losses 0.5 °C short of the target for ever.
        var pid = Pid(kp: 2.0, ki: 0.01, kd: 0, holdDuty: 0.15, integralBand: 0.3);

        pid.Reset(22.0, 37.0, 0.0);

        Assert.Equal(0.0, pid.IntegralDuty, Tolerance);
        Assert.Equal(1.0, pid.Update(0.5, 22.0, 37.0), Tolerance);
        // Just outside the band the law is holding + P: 0.15 + 2 × 0.5 = 1.15 → saturated, still heating.
        Assert.Equal(1.0, pid.Update(0.5, 36.5, 37.0), Tolerance);
    }

    [Fact]
    public void Reset_from_a_heater_that_was_off_starts_the_integral_at_zero_even_inside_the_band()
    {
        // 0.25 °C below the target, inside a 0.3 °C band, heater off: back-calculating would give
        // 0 − 0.15 − 2 × 0.25 = −0.65, which a later error outside the band would freeze.
        var pid = Pid(kp: 2.0, ki: 0.01, kd: 0, holdDuty: 0.15, integralBand: 0.3);

        pid.Reset(36.75, 37.0, 0.0);

        Assert.Equal(0.0, pid.IntegralDuty, Tolerance);
        Assert.Equal(0.65 + (0.01 * 0.25 * 0.5), pid.Update(0.5, 36.75, 37.0), 1e-9);
    }

    [Fact]
    public void Changing_gains_far_from_the_target_does_not_leave_a_frozen_integral()
    {
        var pid = Pid(kp: 2.0, ki: 0.01, kd: 0, holdDuty: 0.15, integralBand: 0.3);
        pid.Update(0.5, 30.0, 37.0);

        pid.ChangeGains(new PidGains(3.0, 0.01, 0, 0, 1.0, 0.15, 0.3));

        Assert.Equal(0.0, pid.IntegralDuty, Tolerance);
    }

    [Fact]
    public void Changing_gains_keeps_the_output()
    {
        var pid = Pid(kp: 2.0, ki: 0, kd: 0, holdDuty: 0.15);
        double before = pid.Update(0.5, 36.9, 37.0); // 0.15 + 0.2 = 0.35

        pid.ChangeGains(new PidGains(5.0, 0, 0, 0, 1.0, 0.1, double.PositiveInfinity));
        double after = pid.Update(0.5, 36.9, 37.0);

        Assert.Equal(0.35, before, Tolerance);
        Assert.Equal(before, after, 1e-9);
    }

    [Fact]
    public void Irregular_ticks_integrate_over_their_real_duration()
    {
        var regular = Pid(kp: 0.5, ki: 0.02, kd: 0);
        var irregular = Pid(kp: 0.5, ki: 0.02, kd: 0);
        for (int i = 0; i < 10; i++)
        {
            regular.Update(0.5, 36.9, 37.0);
        }

        irregular.Update(0.5, 36.9, 37.0);
        irregular.Update(3.0, 36.9, 37.0);   // five ticks missed
        irregular.Update(1.5, 36.9, 37.0);

        Assert.Equal(0.02 * 0.1 * 5.0, regular.IntegralDuty, 1e-12);
        Assert.Equal(regular.IntegralDuty, irregular.IntegralDuty, 1e-12);
        Assert.Equal(regular.OutputDutyCycle, irregular.OutputDutyCycle, 1e-12);
    }

    [Fact]
    public void Derivative_uses_the_real_elapsed_time()
    {
        var pid = Pid(kp: 0, ki: 0, kd: 10, filterSeconds: 0, holdDuty: 0.5);
        pid.Update(0.5, 36.0, 37.0);

        pid.Update(2.0, 36.02, 37.0); // 0.02 °C in 2 s = 0.01 °C/s

        Assert.Equal(0.01, pid.MeasuredRateCelsiusPerSecond, Tolerance);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_elapsed_time_changes_nothing(double elapsedSeconds)
    {
        var reference = Pid(kp: 1.0, ki: 0.01, kd: 20, filterSeconds: 5, holdDuty: 0.1);
        var pid = Pid(kp: 1.0, ki: 0.01, kd: 20, filterSeconds: 5, holdDuty: 0.1);
        reference.Update(0.5, 36.8, 37.0);
        double last = pid.Update(0.5, 36.8, 37.0);

        double duty = pid.Update(elapsedSeconds, 30.0, 37.0);

        Assert.Equal(last, duty);
        Assert.Equal(reference.Update(0.5, 36.85, 37.0), pid.Update(0.5, 36.85, 37.0), Tolerance);
    }

    [Theory]
    [InlineData(double.NaN, 37.0)]
    [InlineData(double.PositiveInfinity, 37.0)]
    [InlineData(36.5, double.NaN)]
    public void Invalid_measurement_or_target_turns_the_heater_off_without_corrupting_state(double measured, double target)
    {
        var pid = Pid(kp: 1.0, ki: 0.01, kd: 0, holdDuty: 0.1);
        pid.Update(0.5, 36.5, 37.0);
        double integralBefore = pid.IntegralDuty;

        Assert.Equal(0.0, pid.Update(0.5, measured, target));
        Assert.Equal(integralBefore, pid.IntegralDuty);

        // The skipped 0.5 s is integrated with the next valid reading (1.0 s in total).
        pid.Update(0.5, 36.5, 37.0);
        Assert.Equal(integralBefore + (0.01 * 0.5 * 1.0), pid.IntegralDuty, Tolerance);
        Assert.True(double.IsFinite(pid.OutputDutyCycle));
    }

    [Theory]
    [InlineData(-1.0, 0.0, 0.0, 0.0, 1.0, "ProportionalDutyPerCelsius")]
    [InlineData(1.0, double.NaN, 0.0, 0.0, 1.0, "IntegralDutyPerCelsiusSecond")]
    [InlineData(1.0, 0.0, -2.0, 0.0, 1.0, "DerivativeDutySecondsPerCelsius")]
    [InlineData(1.0, 0.0, 0.0, double.PositiveInfinity, 1.0, "DerivativeFilterSeconds")]
    [InlineData(1.0, 0.0, 0.0, 0.0, 1.5, "MaxDutyCycle")]
    [InlineData(1.0, 0.0, 0.0, 0.0, 0.0, "MaxDutyCycle")]
    public void Invalid_gains_are_refused_with_a_message_naming_the_gain(double kp, double ki, double kd,
        double filter, double maxDuty, string name)
    {
        var gains = new PidGains(kp, ki, kd, filter, maxDuty);

        Assert.NotEqual(PidGainsCheck.Valid, gains.Validate());
        var error = Assert.Throws<ArgumentException>(() => new PidController(gains));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Holding_duty_above_max_duty_is_refused()
    {
        var gains = new PidGains(1, 0, 0, 0, 0.5, 0.6, double.PositiveInfinity);

        Assert.Equal(PidGainsCheck.HoldingDutyInvalid, gains.Validate());
    }
}
