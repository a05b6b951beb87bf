using System.Globalization;

namespace ChandlerLoop.Host.Web.Pages.Rigs;

/// <summary>Calibration status of a rig from its due date, "now" passed in.</summary>
public static class CalibrationRules
{
    /// <summary>Days before the due date from which the page warns.</summary>
    public const int DueSoonDays = 14;

    /// <summary>The state for a due date (UTC) at <paramref name="nowUtc"/>.</summary>
    public static CalibrationState Classify(DateTime? dueUtc, DateTime nowUtc) => dueUtc switch
    {
        null => CalibrationState.NotRecorded,
        { } due when due <= nowUtc => CalibrationState.Overdue,
        { } due when due - nowUtc <= TimeSpan.FromDays(DueSoonDays) => CalibrationState.DueSoon,
        _ => CalibrationState.Valid,
    };

    /// <summary>"due 2027-03-01", "OVERDUE since 2026-10-01 (52 days)", "no calibration recorded".</summary>
    public static string Describe(DateTime? dueUtc, DateTime nowUtc)
    {
        var state = Classify(dueUtc, nowUtc);
        if (dueUtc is not { } due)
        {
            return "no calibration recorded: calibrate the rig before using it for records";
        }

        var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return state switch
        {
            CalibrationState.Overdue => "OVERDUE since " + date + " (" + Math.Floor((nowUtc - due).TotalDays).ToString("0", CultureInfo.InvariantCulture) + " days): calibrate before the next run",
            CalibrationState.DueSoon => "due " + date + " (in " + Math.Ceiling((due - nowUtc).TotalDays).ToString("0", CultureInfo.InvariantCulture) + " days)",
            _ => "due " + date,
        };
    }
}
