namespace ChandlerLoop.Host.Web.Analysis;

/// <summary>The summary of one product at one dose: how many loops and donors, and the median of the metric.</summary>
/// <param name="Group">The product (or donor) the loops belong to.</param>
/// <param name="DoseCellsPerMilliliter">Dose, cells per mL of blood.</param>
/// <param name="LoopCount">Loops at this dose (including those whose value could not be computed).</param>
/// <param name="DonorCount">Distinct donors among those loops.</param>
/// <param name="NotComputableCount">Loops whose value could not be computed (left out of the median).</param>
/// <param name="Median">Median of the computed values, bounds kept as bounds.</param>
public sealed record DoseSummary(
    string Group,
    double DoseCellsPerMilliliter,
    int LoopCount,
    int DonorCount,
    int NotComputableCount,
    BoundedMedian Median);
