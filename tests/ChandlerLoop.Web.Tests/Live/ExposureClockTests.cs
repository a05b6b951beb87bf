using ChandlerLoop.Host.Web.Pages.Runs.Live;

namespace ChandlerLoop.Web.Tests.Live;

/// <summary>Exposure clock and next-sample maths of the live page.</summary>
public sealed class ExposureClockTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Before_loading_the_exposure_is_zero()
    {
        Assert.Equal(0, ExposureClock.ElapsedSeconds(null, null, T0.AddMinutes(5)));
    }

    [Fact]
    public void The_exposure_runs_from_t0_to_now_and_stops_at_the_end()
    {
        Assert.Equal(125, ExposureClock.ElapsedSeconds(T0, null, T0.AddSeconds(125)));
        Assert.Equal(600, ExposureClock.ElapsedSeconds(T0, T0.AddMinutes(10), T0.AddMinutes(40)));
    }

    [Fact]
    public void A_clock_behind_t0_shows_zero_not_a_negative_time()
    {
        Assert.Equal(0, ExposureClock.ElapsedSeconds(T0, null, T0.AddSeconds(-3)));
    }

    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(59.9, "00:59")]
    [InlineData(61, "01:01")]
    [InlineData(4503, "75:03")]
    [InlineData(-5, "00:00")]
    public void Format_is_minutes_and_seconds(double seconds, string expected)
    {
        Assert.Equal(expected, ExposureClock.Format(seconds));
    }

    [Fact]
    public void The_next_sample_is_the_first_not_taken_with_the_time_until_its_offset()
    {
        var schedule = new[] { Sample(0, 0, taken: true), Sample(1, 15, taken: false), Sample(2, 30, taken: false) };
        var next = ExposureClock.NextSample(schedule, elapsedSeconds: 10 * 60);
        Assert.NotNull(next);
        Assert.Equal(1, next.ScheduleIndex);
        Assert.Equal(300, next.SecondsUntilDue, 6);
        Assert.False(next.IsDue);
    }

    [Fact]
    public void A_sample_past_its_offset_and_not_taken_is_due_now()
    {
        var schedule = new[] { Sample(0, 0, taken: false), Sample(1, 15, taken: false) };
        var next = ExposureClock.NextSample(schedule, elapsedSeconds: 42);
        Assert.NotNull(next);
        Assert.Equal(0, next.ScheduleIndex);
        Assert.Equal(0, next.SecondsUntilDue);
        Assert.True(next.IsDue);
    }

    [Fact]
    public void A_sample_taken_from_only_some_loops_is_still_next()
    {
        var partly = new ScheduledSample(0, 0, LoopCount: 6, TakenCount: 3, null, null, null);
        Assert.Equal(0, ExposureClock.NextSample([partly, Sample(1, 15, false)], 0)?.ScheduleIndex);
    }

    [Fact]
    public void With_every_sample_taken_there_is_no_next_sample()
    {
        Assert.Null(ExposureClock.NextSample([Sample(0, 0, true), Sample(1, 15, true)], 2000));
        Assert.Null(ExposureClock.NextSample([], 0));
    }

    private static ScheduledSample Sample(int index, double offsetMinutes, bool taken) =>
        new(index, offsetMinutes, 6, taken ? 6 : 0, taken ? T0 : null, taken ? "tube" : null, taken ? offsetMinutes * 60 : null);
}
