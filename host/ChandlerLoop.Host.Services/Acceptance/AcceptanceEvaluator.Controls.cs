using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Baseline platelets and the negative and positive controls (values at each loop's last scheduled time point).</summary>
public static partial class AcceptanceEvaluator
{
    private static AcceptanceCheck BaselinePlatelets(AcceptanceCriteria c, RunMetrics metrics)
    {
        var title = "t0 platelet count within " + F(c.BaselinePlateletsMin, 0) + "–" + F(c.BaselinePlateletsMax, 0) + " ×10^9/L";
        var limit = F(c.BaselinePlateletsMin, 0) + "–" + F(c.BaselinePlateletsMax, 0);
        const string unit = "10^9/L";
        if (metrics.Loops.Count == 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.BaselinePlatelets, title, limit, unit, "the run has no loops");
        }

        var parts = new List<string>();
        var undecided = new List<string>();
        var passed = true;
        double? worst = null;
        var worstDistance = double.NegativeInfinity;
        foreach (var loop in metrics.Loops)
        {
            var plt = loop.TimePoint(0)?.Analyte(AnalyteCodes.Platelets)?.Measured;
            if (plt?.Value is not { } value)
            {
                undecided.Add(Loop(loop) + ": no t0 platelet count");
                continue;
            }

            var low = BoundDecision.AtLeast(plt, c.BaselinePlateletsMin);
            var high = BoundDecision.AtMost(plt, c.BaselinePlateletsMax);
            var text = Loop(loop) + " " + plt.Format(0);
            if (low is false || high is false)
            {
                passed = false;
                parts.Add(text + " (outside)");
            }
            else if (low is null || high is null)
            {
                undecided.Add(text + " (a bound: cannot show it is inside)");
            }
            else
            {
                parts.Add(text);
            }

            var distance = Math.Max(c.BaselinePlateletsMin - value, value - c.BaselinePlateletsMax);
            if (distance > worstDistance)
            {
                worstDistance = distance;
                worst = value;
            }
        }

        return Decide(AcceptanceCheckCodes.BaselinePlatelets, title, limit, unit, passed, worst, parts, undecided);
    }

    private static AcceptanceCheck NegativeControlPlatelets(AcceptanceCriteria c, RunMetrics metrics)
    {
        var title = "Negative control platelet consumption ≤ " + F(c.NegativeControlMaxPlateletConsumptionPercent, 0) + " %";
        return PerControlLoop(AcceptanceCheckCodes.NegativeControlPlatelets, title, "≤ " + F(c.NegativeControlMaxPlateletConsumptionPercent, 0), "%",
            metrics, LoopRole.NegativeControl, worstIsHighest: true,
            loop => loop.EndTimePoint?.PlateletConsumption,
            value => BoundDecision.AtMost(value, c.NegativeControlMaxPlateletConsumptionPercent));
    }

    private static AcceptanceCheck NegativeControlTat(AcceptanceCriteria c, RunMetrics metrics)
    {
        var title = "Negative control TAT at the end < " + F(c.NegativeControlMaxTatFold, 0) + "× its t0";
        return PerControlLoop(AcceptanceCheckCodes.NegativeControlTat, title, "< " + F(c.NegativeControlMaxTatFold, 0), DerivedMetrics.FoldUnit,
            metrics, LoopRole.NegativeControl, worstIsHighest: true,
            loop => DerivedMetrics.FoldChange(loop.EndTimePoint?.Analyte(AnalyteCodes.Tat)?.Measured, loop.TimePoint(0)?.Analyte(AnalyteCodes.Tat)?.Measured),
            value => BoundDecision.Below(value, c.NegativeControlMaxTatFold));
    }

    private static AcceptanceCheck PositiveControl(AcceptanceCriteria c, RunMetrics metrics)
    {
        var title = "Positive control activated: platelet consumption ≥ " + F(c.PositiveControlMinPlateletConsumptionPercent, 0)
            + " % or TAT ≥ " + F(c.PositiveControlMinTatFold, 0) + "× the negative control (else the run is invalid)";
        var limit = "≥ " + F(c.PositiveControlMinPlateletConsumptionPercent, 0) + " % or ≥ " + F(c.PositiveControlMinTatFold, 0) + "×";
        var loops = metrics.Loops.Where(l => l.Role == LoopRole.PositiveControl).ToList();
        if (loops.Count == 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.PositiveControl, title, limit, "%", "the run has no positive-control loop");
        }

        var parts = new List<string>();
        var undecided = new List<string>();
        var passed = true;
        double? worst = null;
        foreach (var loop in loops)
        {
            var last = loop.EndTimePoint;
            var consumption = last?.PlateletConsumption ?? MetricValue.NotComputable("%", "no sample after t0");
            var fold = last?.Analyte(AnalyteCodes.Tat)?.FoldChangeVsNegativeControl ?? MetricValue.NotComputable(DerivedMetrics.FoldUnit, "no TAT result at the last time point");
            var byPlatelets = BoundDecision.AtLeast(consumption, c.PositiveControlMinPlateletConsumptionPercent);
            var byTat = BoundDecision.AtLeast(fold, c.PositiveControlMinTatFold);
            var text = Loop(loop) + ": consumption " + consumption.Format() + ", TAT " + fold.Format(2) + " of the negative control";
            if (consumption.Value is { } v)
            {
                worst = worst is { } w ? Math.Min(w, v) : v;
            }

            if (byPlatelets is true || byTat is true)
            {
                parts.Add(text);
            }
            else if (byPlatelets is false && byTat is false)
            {
                passed = false;
                parts.Add(text + " (not activated: run invalid)");
            }
            else
            {
                undecided.Add(text);
            }
        }

        return Decide(AcceptanceCheckCodes.PositiveControl, title, limit, "%", passed, worst, parts, undecided);
    }

    private static AcceptanceCheck PerControlLoop(string code, string title, string limit, string unit, RunMetrics metrics, LoopRole role,
        bool worstIsHighest, Func<LoopMetrics, MetricValue?> valueOf, Func<MetricValue, bool?> decide)
    {
        var loops = metrics.Loops.Where(l => l.Role == role).ToList();
        if (loops.Count == 0)
        {
            return NotEvaluable(code, title, limit, unit, "the run has no " + (role == LoopRole.NegativeControl ? "negative" : "positive") + "-control loop");
        }

        var parts = new List<string>();
        var undecided = new List<string>();
        var passed = true;
        double? worst = null;
        foreach (var loop in loops)
        {
            var value = valueOf(loop);
            var text = Loop(loop) + " " + (value?.Format(unit == "%" ? 1 : 2) ?? "not computable: no value");
            switch (value is null ? null : decide(value))
            {
                case true:
                    parts.Add(text);
                    break;
                case false:
                    passed = false;
                    parts.Add(text + " (fails)");
                    break;
                default:
                    undecided.Add(value?.IsComputed == true ? text + " (a bound: cannot decide)" : text);
                    break;
            }

            if (value?.Value is { } v)
            {
                worst = worst is not { } w ? v : worstIsHighest ? Math.Max(w, v) : Math.Min(w, v);
            }
        }

        return Decide(code, title, limit, unit, passed, worst, parts, undecided);
    }

    /// <summary>Any loop that fails fails the check; otherwise any loop that cannot be decided makes it not evaluable.</summary>
    private static AcceptanceCheck Decide(string code, string title, string limit, string unit, bool passed, double? worst, List<string> decided, List<string> undecided)
    {
        var detail = string.Join("; ", undecided.Concat(decided));
        if (!passed)
        {
            return new AcceptanceCheck(code, title, false, true, worst, limit, unit, detail);
        }

        return undecided.Count > 0
            ? new AcceptanceCheck(code, title, false, false, worst, limit, unit, "Not evaluable: " + detail)
            : new AcceptanceCheck(code, title, true, true, worst, limit, unit, detail);
    }
}
