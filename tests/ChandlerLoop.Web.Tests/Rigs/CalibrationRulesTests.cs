using ChandlerLoop.Host.Web.Pages.Rigs;

namespace ChandlerLoop.Web.Tests.Rigs;

/// <summary>Calibration status on the rigs page.</summary>
public sealed class CalibrationRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void No_due_date_means_no_calibration_on_record()
    {
        Assert.Equal(CalibrationState.NotRecorded, CalibrationRules.Classify(null, Now));
        Assert.Contains("no calibration recorded", CalibrationRules.Describe(null, Now), StringComparison.Ordinal);
    }

    [Fact]
    public void A_passed_due_date_is_overdue_with_the_days()
    {
        var due = Now.AddDays(-52);
        Assert.Equal(CalibrationState.Overdue, CalibrationRules.Classify(due, Now));
        Assert.Equal("OVERDUE since 2026-10-01 (52 days): calibrate before the next run", CalibrationRules.Describe(due, Now));
        Assert.Equal(CalibrationState.Overdue, CalibrationRules.Classify(Now, Now));
    }

    [Fact]
    public void Within_two_weeks_it_is_due_soon_and_later_valid()
    {
        Assert.Equal(CalibrationState.DueSoon, CalibrationRules.Classify(Now.AddDays(14), Now));
        Assert.Equal("due 2026-11-25 (in 3 days)", CalibrationRules.Describe(Now.AddDays(2.5), Now));
        Assert.Equal(CalibrationState.Valid, CalibrationRules.Classify(Now.AddDays(15), Now));
        Assert.Equal("due 2027-03-02", CalibrationRules.Describe(new DateTime(2027, 3, 2, 0, 0, 0, DateTimeKind.Utc), Now));
    }
}
