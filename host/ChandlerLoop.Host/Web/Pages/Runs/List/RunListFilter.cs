using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.List;

/// <summary>The filters of the runs list; every null/empty member means "any".</summary>
public sealed class RunListFilter
{
    /// <summary>Acceptance value meaning "not evaluated yet".</summary>
    public const string NotEvaluated = "not evaluated";

    /// <summary>Free text matched (case-insensitive, part of) against run key, notes, donor code, product and lot.</summary>
    public string? Search { get; set; }

    /// <summary>Only this state.</summary>
    public RunState? State { get; set; }

    /// <summary>Only this rig (rig key).</summary>
    public string? RigKey { get; set; }

    /// <summary>Only runs set up on or after this day (UTC date).</summary>
    public DateTime? CreatedFromUtc { get; set; }

    /// <summary>Only runs set up on or before this day (UTC date, whole day included).</summary>
    public DateTime? CreatedToUtc { get; set; }

    /// <summary>"pass", "fail" or <see cref="NotEvaluated"/>.</summary>
    public string? Acceptance { get; set; }

    /// <summary>True: only simulated runs; false: only real runs.</summary>
    public bool? Simulated { get; set; }

    /// <summary>Only runs with a loop of this cell product.</summary>
    public string? CellProduct { get; set; }
}
