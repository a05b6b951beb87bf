namespace ChandlerLoop.Host.Web.Pages.Runs.Live;

/// <summary>The next sample not yet taken and how long until it is due.</summary>
/// <param name="ScheduleIndex">Index in the sampling schedule.</param>
/// <param name="PlannedOffsetMinutes">Planned offset from t0, minutes.</param>
/// <param name="SecondsUntilDue">Seconds of exposure until it is due; 0 when due now (never negative).</param>
public sealed record UpcomingSample(int ScheduleIndex, double PlannedOffsetMinutes, double SecondsUntilDue)
{
    /// <summary>True when its planned time has come.</summary>
    public bool IsDue => SecondsUntilDue <= 0;
}
