using System.Globalization;

namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>
/// The live page's clock maths, with "now" passed in: exposure since t0 (stopping at the run's end),
/// its mm:ss text, and the next sample of the schedule.
/// </summary>
public static class ExposureClock
{
    /// <summary>
    /// Exposure time in seconds: from <paramref name="loadedAtUtc"/> (t0) to <paramref name="endedAtUtc"/>
    /// when the run ended, else to <paramref name="nowUtc"/>; 0 before loading, never negative.
    /// </summary>
    public static double ElapsedSeconds(DateTime? loadedAtUtc, DateTime? endedAtUtc, DateTime nowUtc)
    {
        if (loadedAtUtc is not { } t0)
        {
            return 0;
        }

        var end = endedAtUtc ?? nowUtc;
        return Math.Max(0, (end - t0).TotalSeconds);
    }

    /// <summary>"mm:ss" of whole seconds (minutes keep counting past 59: "75:03"); negative values show as "00:00".</summary>
    public static string Format(double seconds)
    {
        var whole = (long)Math.Floor(Math.Max(0, seconds));
        return (whole / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (whole % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The first time point (lowest planned offset) not yet taken, with the exposure seconds until its
    /// planned offset (0 when due or overdue); null when every sample is taken or there are none.
    /// </summary>
    public static UpcomingSample? NextSample(IEnumerable<ScheduledSample> schedule, double elapsedSeconds)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var next = schedule.Where(s => !s.IsTaken).OrderBy(s => s.PlannedOffsetMinutes).ThenBy(s => s.ScheduleIndex).FirstOrDefault();
        if (next is null)
        {
            return null;
        }

        var until = Math.Max(0, next.PlannedOffsetMinutes * 60 - elapsedSeconds);
        return new UpcomingSample(next.ScheduleIndex, next.PlannedOffsetMinutes, until);
    }
}
