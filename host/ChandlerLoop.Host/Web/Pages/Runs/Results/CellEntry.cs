namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>A parsed grid cell entry: the number typed and whether it was written "&lt;x" or "&gt;x".</summary>
/// <param name="Value">The number, in the column's entry unit.</param>
/// <param name="ReportedBelowLloq">Typed as "&lt;x": the instrument reported below its LLOQ.</param>
/// <param name="ReportedAboveUloq">Typed as "&gt;x": the instrument reported above its ULOQ.</param>
public sealed record CellEntry(double Value, bool ReportedBelowLloq, bool ReportedAboveUloq);
