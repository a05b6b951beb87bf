namespace ChandlerLoop.Host.Services.Metrics;

/// <summary>
/// One analyte of one sample: the measured value (with its LLOQ/ULOQ bound), the change from the loop's
/// own t0 value, and the fold change against the negative-control loop of the same donor at the same
/// time point (only for the activation markers TAT, C3a, sC5b-9, D-dimer and β-TG).
/// </summary>
/// <param name="Analyte">Canonical analyte code, e.g. "TAT".</param>
/// <param name="Measured">The stored value, canonical unit.</param>
/// <param name="DeltaFromBaseline">Value − the loop's t0 value, canonical unit.</param>
/// <param name="FoldChangeVsNegativeControl">Value / negative-control value (fold); null for analytes without a fold change (PLT, WBC).</param>
public sealed record AnalyteMetrics(
    string Analyte,
    MetricValue Measured,
    MetricValue DeltaFromBaseline,
    MetricValue? FoldChangeVsNegativeControl);
