using System.Globalization;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// Evaluates the run acceptance criteria of DOMAIN §5 (pure: everything is passed in). Every check is
/// always present in the report, in a fixed order; a check whose inputs are missing is "not evaluable"
/// and fails, except the optional preanalytics checks, which pass when nothing was recorded.
/// Telemetry checks use <see cref="ExposureTimeline"/> (time-weighted by rig time).
/// </summary>
public static partial class AcceptanceEvaluator
{
    /// <summary>Evaluates every check.</summary>
    public static AcceptanceReport Evaluate(AcceptanceCriteria criteria, AcceptanceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(inputs);
        var timeline = ExposureTimeline.Build(inputs.Telemetry);
        var metrics = RunMetricsCalculator.Compute(inputs.Run, inputs.Loops, inputs.Donors, inputs.Samples, inputs.Results);
        var checks = new List<AcceptanceCheck>
        {
            TemperatureInBand(criteria, timeline),
            TemperatureExcursion(criteria, timeline),
            SpeedMean(criteria, timeline),
            RotationStoppage(criteria, timeline),
            ExposureTime(criteria, timeline, inputs),
            TelemetryComplete(timeline),
            DrawToStart(criteria, inputs),
            BaselinePlatelets(criteria, metrics),
            NegativeControlPlatelets(criteria, metrics),
            NegativeControlTat(criteria, metrics),
            PositiveControl(criteria, metrics),
            Centrifugation(criteria, inputs),
            StorageTemperature(criteria, inputs),
        };
        return new AcceptanceReport(criteria, checks);
    }

    private static AcceptanceCheck NotEvaluable(string code, string title, string limit, string unit, string why) =>
        new(code, title, Passed: false, Evaluable: false, Value: null, limit, unit, "Not evaluable: " + why);

    private static string F(double value, int decimals = 1) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Loop(LoopMetrics loop) => "loop " + loop.Position.ToString(CultureInfo.InvariantCulture)
        + (loop.DonorPseudonymousId.Length > 0 ? " (donor " + loop.DonorPseudonymousId + ")" : "");
}
