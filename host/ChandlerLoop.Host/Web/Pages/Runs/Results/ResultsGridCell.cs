using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// What one grid cell shows: the newest stored result of its sample and analyte (null when none), how
/// many results are stored for that pair (more than one is a duplicate to resolve) and who entered it.
/// </summary>
/// <param name="Result">The newest result, or null.</param>
/// <param name="ResultCount">Results stored for this sample and analyte.</param>
/// <param name="EnteredByName">Full name of the person who entered <paramref name="Result"/>.</param>
public sealed record ResultsGridCell(MarkerResult? Result, int ResultCount, string? EnteredByName);
