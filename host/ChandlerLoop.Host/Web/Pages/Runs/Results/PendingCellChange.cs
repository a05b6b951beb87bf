using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>A change or deletion of a stored grid value waiting for its reason.</summary>
/// <param name="ResultId">The stored result.</param>
/// <param name="CellId">The grid cell's element id (to reset or refocus it).</param>
/// <param name="Input">The new value; null for a deletion.</param>
/// <param name="Description">What will happen, in words.</param>
internal sealed record PendingCellChange(long ResultId, string CellId, MarkerResultInput? Input, string Description);
