namespace ChandlerLoop.Host.Web.Pages.Rigs;

/// <summary>Where a rig stands with its calibration.</summary>
public enum CalibrationState
{
    /// <summary>No due date recorded: the rig has no calibration on record.</summary>
    NotRecorded,

    /// <summary>Due later than <see cref="CalibrationRules.DueSoonDays"/> days from now.</summary>
    Valid,

    /// <summary>Due within <see cref="CalibrationRules.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>The due date has passed.</summary>
    Overdue,
}
