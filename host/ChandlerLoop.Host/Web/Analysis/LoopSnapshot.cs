using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>
/// One loop of one run with everything the comparison and product views need: the run's identity and
/// state, the loop's product, lot, tissue-factor percentage and dose, its derived metrics and its clot score.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="RunKey">The run's key.</param>
/// <param name="RunState">The run's state.</param>
/// <param name="IsSimulated">True for a simulated run.</param>
/// <param name="Metrics">The loop's derived metrics (role, product, donor, dose, time points).</param>
/// <param name="CellLot">Cell product lot; null for a vehicle-only loop.</param>
/// <param name="TissueFactorPositivePercent">Tissue factor (CD142) positive cells, percent; null when not entered.</param>
/// <param name="ClotScore">Macroscopic clot score 0–4; null when not scored.</param>
public sealed record LoopSnapshot(
    long RunId,
    string RunKey,
    RunState RunState,
    bool IsSimulated,
    LoopMetrics Metrics,
    string? CellLot,
    double? TissueFactorPositivePercent,
    int? ClotScore);
