using static ChandlerLoop.Host.Services.Setup.RunSetupNumbers;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// Pure checks and arithmetic for one marker value: analyte and unit recognised, value and dilution
/// sane, conversion to the canonical unit, dilution correction, &lt;LLOQ/&gt;ULOQ flags (raw value against
/// the assay limits, both before dilution) and DOMAIN §3 hard limits (errors) and plausible ranges (warnings).
/// </summary>
public static class MarkerValueEvaluator
{
    /// <summary>Largest dilution factor accepted.</summary>
    public const double MaximumDilutionFactor = 100_000;

    /// <summary>Evaluates one input; never throws for bad values (they become <see cref="EvaluatedMarkerValue.Errors"/>).</summary>
    public static EvaluatedMarkerValue Evaluate(MarkerResultInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var warnings = new List<PlausibilityWarning>();
        if (!MarkerUnits.TryNormalizeAnalyte(input.Analyte, out var analyte))
        {
            errors.Add($"Analyte '{input.Analyte}' is not known: use one of {string.Join(", ", MarkerUnits.Analytes)}.");
            return new EvaluatedMarkerValue(input.Analyte ?? "", double.NaN, "", input.Value, input.Unit ?? "", input.DilutionFactor, null, null, false, false, errors, warnings);
        }

        var unit = MarkerUnits.CanonicalUnit(analyte);
        if (!double.IsFinite(input.Value) || input.Value < 0)
        {
            errors.Add($"{analyte} value {Format(input.Value)} is not a number ≥ 0: enter the concentration the instrument reported.");
        }

        if (!double.IsFinite(input.DilutionFactor) || input.DilutionFactor < 1 || input.DilutionFactor > MaximumDilutionFactor)
        {
            errors.Add($"{analyte} dilution factor {Format(input.DilutionFactor)} is outside 1–{Format(MaximumDilutionFactor)}: enter 1 for undiluted samples, 10 for 1 + 9.");
        }

        var rawCanonical = double.NaN;
        double? lloq = null;
        double? uloq = null;
        if (!MarkerUnits.TryConvertToCanonical(analyte, input.Value, input.Unit, out rawCanonical, out var unitError))
        {
            errors.Add(unitError);
        }
        else
        {
            lloq = Limit(analyte, "LLOQ", input.LloqValue, input.Unit, errors);
            uloq = Limit(analyte, "ULOQ", input.UloqValue, input.Unit, errors);
            if (lloq is { } low && uloq is { } high && high <= low)
            {
                errors.Add($"{analyte} ULOQ {Format(input.UloqValue!.Value)} is not above LLOQ {Format(input.LloqValue!.Value)} {input.Unit}: check the kit's standard curve range.");
            }
        }

        var rawUnit = MarkerUnits.MatchUnit(analyte, input.Unit) ?? input.Unit ?? "";
        var value = rawCanonical * input.DilutionFactor;
        var below = input.ReportedBelowLloq || (lloq is { } l && rawCanonical < l);
        var above = input.ReportedAboveUloq || (uloq is { } u && rawCanonical > u);
        if (errors.Count == 0)
        {
            var limits = AnalyteLimits.For(analyte);
            if (value < limits.HardMinimum || value > limits.HardMaximum)
            {
                errors.Add($"{analyte} {Format(value)} {unit} (entered {Format(input.Value)} {rawUnit} × dilution {Format(input.DilutionFactor)}) is outside the sanity limits {Format(limits.HardMinimum)}–{Format(limits.HardMaximum)} {unit}: check the unit and the dilution factor.");
            }
            else
            {
                AddWarnings(analyte, value, unit, limits, below, above, input, warnings);
            }
        }

        return new EvaluatedMarkerValue(analyte, value, unit, input.Value, rawUnit, input.DilutionFactor, lloq, uloq, below, above, errors, warnings);
    }

    private static void AddWarnings(string analyte, double value, string unit, AnalyteLimits limits, bool below, bool above, MarkerResultInput input, List<PlausibilityWarning> warnings)
    {
        if (value > limits.PlausibleMaximum)
        {
            warnings.Add(new PlausibilityWarning("implausible_high", analyte, value, unit,
                $"{analyte} {Format(value)} {unit} is above the plausible {Format(limits.PlausibleMaximum)} {unit} for a loop sample: check the unit and dilution factor."));
        }
        else if (value < limits.PlausibleMinimum)
        {
            warnings.Add(new PlausibilityWarning("implausible_low", analyte, value, unit,
                $"{analyte} {Format(value)} {unit} is below the plausible {Format(limits.PlausibleMinimum)} {unit}: check the unit, or whether the sample clotted."));
        }

        if (below)
        {
            warnings.Add(new PlausibilityWarning("below_lloq", analyte, value, unit,
                $"{analyte} is below the assay's LLOQ{(input.LloqValue is { } l ? " " + Format(l) + " " + input.Unit : "")}: the value is not quantitative; flagged <LLOQ."));
        }

        if (above)
        {
            warnings.Add(new PlausibilityWarning("above_uloq", analyte, value, unit,
                $"{analyte} is above the assay's ULOQ{(input.UloqValue is { } u ? " " + Format(u) + " " + input.Unit : "")}: re-assay at a higher dilution; flagged >ULOQ."));
        }
    }

    private static double? Limit(string analyte, string name, double? value, string? unit, List<string> errors)
    {
        if (value is not { } limit)
        {
            return null;
        }

        if (!double.IsFinite(limit) || limit < 0)
        {
            errors.Add($"{analyte} {name} {Format(limit)} is not a number ≥ 0: enter the kit's {name} in {unit}, or leave it empty.");
            return null;
        }

        return MarkerUnits.ConvertToCanonical(analyte, limit, unit);
    }
}
