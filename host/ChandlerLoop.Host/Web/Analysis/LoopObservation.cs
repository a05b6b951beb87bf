using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>One loop's value of the chosen metric, with what identifies and groups it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="RunKey">The run's key.</param>
/// <param name="IsSimulated">True for a simulated run.</param>
/// <param name="Position">Loop slot, 1-based.</param>
/// <param name="Role">Negative control, test article or positive control.</param>
/// <param name="CellProduct">Cell product; null for a vehicle-only loop.</param>
/// <param name="CellLot">Cell lot; null for a vehicle-only loop.</param>
/// <param name="DonorId">The donor's pseudonymous code.</param>
/// <param name="DoseCellsPerMilliliter">Dose, cells per mL of blood.</param>
/// <param name="TissueFactorPositivePercent">TF (CD142) positive cells, percent; null when not entered.</param>
/// <param name="Value">The metric's value: exact, a bound (≤/≥ from LLOQ/ULOQ) or not computable with the reason.</param>
public sealed record LoopObservation(
    long RunId,
    string RunKey,
    bool IsSimulated,
    int Position,
    LoopRole Role,
    string? CellProduct,
    string? CellLot,
    string DonorId,
    double DoseCellsPerMilliliter,
    double? TissueFactorPositivePercent,
    MetricValue Value)
{
    /// <summary>The product name to show: the product, or "vehicle only" for a loop without cells.</summary>
    public string ProductLabel => CellProduct ?? "vehicle only";
}
