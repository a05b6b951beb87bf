namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// A <see cref="MarkerResultInput"/> after unit conversion and dilution correction
/// (<see cref="MarkerValueEvaluator"/>). <see cref="Value"/> = converted raw value × dilution factor, in
/// <see cref="Unit"/> (canonical); <see cref="LloqValue"/>/<see cref="UloqValue"/> are the assay limits in the
/// canonical unit (not multiplied by the dilution). When <see cref="Errors"/> is not empty nothing may be stored.
/// </summary>
public sealed record EvaluatedMarkerValue(
    string Analyte,
    double Value,
    string Unit,
    double RawValue,
    string RawUnit,
    double DilutionFactor,
    double? LloqValue,
    double? UloqValue,
    bool IsBelowLloq,
    bool IsAboveUloq,
    IReadOnlyList<string> Errors,
    IReadOnlyList<PlausibilityWarning> Warnings)
{
    /// <summary>True when the value may be stored.</summary>
    public bool IsValid => Errors.Count == 0;
}
