using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Temperature, rotation and telemetry completeness checks.</summary>
public static partial class AcceptanceEvaluator
{
    private const string NoExposureTelemetry = "no telemetry record of the exposure phase (state running or sample_due) is stored for this run";

    private static AcceptanceCheck TemperatureInBand(AcceptanceCriteria c, ExposureTimeline? timeline)
    {
        var title = "Temperature within " + F(c.SetpointCelsius) + " ± " + F(c.TemperatureBandCelsius, 2) + " °C for ≥ " + F(c.MinTimeInBandPercent) + " % of exposure";
        var limit = "≥ " + F(c.MinTimeInBandPercent);
        if (timeline is null || timeline.WindowSeconds <= 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.TemperatureInBand, title, limit, "%", timeline is null ? NoExposureTelemetry : "the exposure window has no length");
        }

        double inBand = 0, missing = 0, noReading = 0;
        foreach (var s in timeline.Segments)
        {
            if (s.Record is null)
            {
                missing += s.Seconds;
            }
            else if (s.Record.ControlTemperatureCelsius is not { } t)
            {
                noReading += s.Seconds;
            }
            else if (Math.Abs(t - c.SetpointCelsius) <= c.TemperatureBandCelsius + BoundDecision.Epsilon)
            {
                inBand += s.Seconds;
            }
        }

        var percent = 100.0 * inBand / timeline.WindowSeconds;
        var passed = percent >= c.MinTimeInBandPercent - BoundDecision.Epsilon;
        var detail = F(inBand) + " s of " + F(timeline.WindowSeconds) + " s exposure in band (" + F(percent, 2) + " %)";
        if (missing > 0)
        {
            detail += "; " + F(missing) + " s without records, counted as out of band";
        }

        if (noReading > 0)
        {
            detail += "; " + F(noReading) + " s without a control temperature reading, counted as out of band";
        }

        return new AcceptanceCheck(AcceptanceCheckCodes.TemperatureInBand, title, passed, true, percent, limit, "%", detail);
    }

    private static AcceptanceCheck TemperatureExcursion(AcceptanceCriteria c, ExposureTimeline? timeline)
    {
        var title = "No excursion beyond " + F(c.SetpointCelsius) + " ± " + F(c.ExcursionLimitCelsius, 2) + " °C longer than " + F(c.MaxExcursionSeconds, 0) + " s";
        var limit = "≤ " + F(c.MaxExcursionSeconds, 0);
        if (timeline is null || timeline.WindowSeconds <= 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.TemperatureExcursion, title, limit, "s", timeline is null ? NoExposureTelemetry : "the exposure window has no length");
        }

        // An excursion starts at a record beyond the limit and lasts until a record within it; a stretch
        // without records (or without a reading) inside an excursion continues it, but never starts one.
        double longest = 0, current = 0, longestStart = 0, currentStart = 0, worstTemperature = c.SetpointCelsius;
        var inExcursion = false;
        foreach (var s in timeline.Segments)
        {
            var t = s.Record?.ControlTemperatureCelsius;
            var beyond = t is { } v && Math.Abs(v - c.SetpointCelsius) > c.ExcursionLimitCelsius + BoundDecision.Epsilon;
            var unknown = t is null;
            if (beyond || (unknown && inExcursion))
            {
                if (!inExcursion)
                {
                    inExcursion = true;
                    current = 0;
                    currentStart = s.StartRigSeconds;
                }

                current += s.Seconds;
                if (t is { } temperature && Math.Abs(temperature - c.SetpointCelsius) > Math.Abs(worstTemperature - c.SetpointCelsius))
                {
                    worstTemperature = temperature;
                }

                if (current > longest)
                {
                    longest = current;
                    longestStart = currentStart;
                }
            }
            else
            {
                inExcursion = false;
            }
        }

        var passed = longest <= c.MaxExcursionSeconds + BoundDecision.Epsilon;
        var detail = longest > 0
            ? "longest excursion " + F(longest) + " s starting " + F(longestStart - timeline.T0RigSeconds) + " s after t0; furthest reading " + F(worstTemperature, 2) + " °C"
            : "no reading beyond the limit during " + F(timeline.WindowSeconds) + " s of exposure";
        return new AcceptanceCheck(AcceptanceCheckCodes.TemperatureExcursion, title, passed, true, longest, limit, "s", detail);
    }

    private static AcceptanceCheck SpeedMean(AcceptanceCriteria c, ExposureTimeline? timeline)
    {
        var title = "Mean drum speed within " + F(c.SpeedRpm) + " rpm ± " + F(c.SpeedTolerancePercent) + " %";
        var limit = F(c.SpeedRpm * (1 - c.SpeedTolerancePercent / 100), 2) + "–" + F(c.SpeedRpm * (1 + c.SpeedTolerancePercent / 100), 2);
        if (timeline is null)
        {
            return NotEvaluable(AcceptanceCheckCodes.SpeedMean, title, limit, "rpm", NoExposureTelemetry);
        }

        double seconds = 0, weighted = 0;
        foreach (var s in RotationSegments(c, timeline))
        {
            seconds += s.Seconds;
            weighted += s.Seconds * s.Record!.DrumSpeedRpm;
        }

        if (seconds <= 0 || !(c.SpeedRpm > 0))
        {
            return NotEvaluable(AcceptanceCheckCodes.SpeedMean, title, limit, "rpm", "no rotating exposure time with records (outside logged sampling pauses)");
        }

        var mean = weighted / seconds;
        var deviationPercent = 100.0 * Math.Abs(mean - c.SpeedRpm) / c.SpeedRpm;
        var passed = deviationPercent <= c.SpeedTolerancePercent + BoundDecision.Epsilon;
        var detail = "time-weighted mean " + F(mean, 2) + " rpm over " + F(seconds) + " s (" + F(deviationPercent, 2) + " % from " + F(c.SpeedRpm) + " rpm)";
        return new AcceptanceCheck(AcceptanceCheckCodes.SpeedMean, title, passed, true, mean, limit, "rpm", detail);
    }

    private static AcceptanceCheck RotationStoppage(AcceptanceCriteria c, ExposureTimeline? timeline)
    {
        var title = "Cumulative rotation stoppage ≤ " + F(c.MaxStoppageSeconds, 0) + " s outside logged sampling pauses";
        var limit = "≤ " + F(c.MaxStoppageSeconds, 0);
        if (timeline is null)
        {
            return NotEvaluable(AcceptanceCheckCodes.RotationStoppage, title, limit, "s", NoExposureTelemetry);
        }

        var threshold = c.SpeedRpm * c.StoppageThresholdPercent / 100.0;
        double stopped = 0, checkedSeconds = 0;
        var firstStopped = (double?)null;
        foreach (var s in RotationSegments(c, timeline))
        {
            checkedSeconds += s.Seconds;
            if (s.Record!.DrumSpeedRpm < threshold)
            {
                stopped += s.Seconds;
                firstStopped ??= s.StartRigSeconds;
            }
        }

        var passed = stopped <= c.MaxStoppageSeconds + BoundDecision.Epsilon;
        var detail = F(stopped) + " s below " + F(threshold, 1) + " rpm (" + F(c.StoppageThresholdPercent, 0) + " % of set-point) in " + F(checkedSeconds) + " s checked"
            + (firstStopped is { } first ? "; first at " + F(first - timeline.T0RigSeconds) + " s after t0" : "")
            + (c.RotateWhileSampling ? "" : "; time with a sample due excluded (rotation paused for sampling)");
        return new AcceptanceCheck(AcceptanceCheckCodes.RotationStoppage, title, passed, true, stopped, limit, "s", detail);
    }

    /// <summary>Segments whose record is in the exposure phase and is not a logged sampling pause.</summary>
    private static IEnumerable<TelemetrySegment> RotationSegments(AcceptanceCriteria c, ExposureTimeline timeline) =>
        timeline.Segments.Where(s => s.Record is { } r && ExposureTimeline.IsExposureState(r)
            && (c.RotateWhileSampling || !ExposureTimeline.IsSampleDue(r)));

    private static AcceptanceCheck TelemetryComplete(ExposureTimeline? timeline)
    {
        const string title = "Telemetry complete during exposure (no records lost)";
        if (timeline is null)
        {
            return NotEvaluable(AcceptanceCheckCodes.TelemetryComplete, title, "0", "records", NoExposureTelemetry);
        }

        var missing = timeline.MissingRanges.Sum(r => r.Count);
        var detail = missing == 0
            ? "every record from t0 to the end of exposure is stored"
            : missing + " record(s) missing: seq " + string.Join(", ", timeline.MissingRanges) + " ("
              + F(timeline.Segments.Where(s => s.Record is null).Sum(s => s.Seconds)) + " s of exposure without records)";
        return new AcceptanceCheck(AcceptanceCheckCodes.TelemetryComplete, title, missing == 0, true, missing, "0", "records", detail);
    }
}
