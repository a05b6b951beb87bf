using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// Decides a limit against a value that may be a bound. A bound settles a limit only when its direction
/// does: "≤ 20 %" shows "≤ 25 %", "≤ 30 %" leaves it open (null, undetermined).
/// </summary>
internal static class BoundDecision
{
    /// <summary>Tolerance for floating-point comparisons at a limit (values are rounded on the wire well above this).</summary>
    public const double Epsilon = 1e-9;

    /// <summary>True/false when the value settles "value ≤ limit"; null when the bound leaves it open.</summary>
    public static bool? AtMost(MetricValue value, double limit) => value.Value is not { } v ? null : value.Bound switch
    {
        MetricBound.Exact => v <= limit + Epsilon,
        MetricBound.AtMost => v <= limit + Epsilon ? true : null,
        _ => v > limit + Epsilon ? false : null,
    };

    /// <summary>True/false when the value settles "value &lt; limit"; null when the bound leaves it open.</summary>
    public static bool? Below(MetricValue value, double limit) => value.Value is not { } v ? null : value.Bound switch
    {
        MetricBound.Exact => v < limit,
        MetricBound.AtMost => v < limit ? true : null,
        _ => v >= limit ? false : null,
    };

    /// <summary>True/false when the value settles "value ≥ limit"; null when the bound leaves it open.</summary>
    public static bool? AtLeast(MetricValue value, double limit) => value.Value is not { } v ? null : value.Bound switch
    {
        MetricBound.Exact => v >= limit - Epsilon,
        MetricBound.AtLeast => v >= limit - Epsilon ? true : null,
        _ => v < limit - Epsilon ? false : null,
    };
}
