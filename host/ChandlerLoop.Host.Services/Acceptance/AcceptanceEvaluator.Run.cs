using System.Text.Json;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Exposure time per loop and venepuncture-to-start per donor.</summary>
public static partial class AcceptanceEvaluator
{
    private static readonly string StateChanged = ProtocolNames.ToWire(RigEventKind.StateChanged);

    private static AcceptanceCheck ExposureTime(AcceptanceCriteria c, ExposureTimeline? timeline, AcceptanceInputs inputs)
    {
        var title = "Exposure of each loop within " + F(c.ExposureSeconds / 60.0) + " min ± " + F(c.ExposureToleranceSeconds, 0) + " s";
        var limit = "≤ " + F(c.ExposureToleranceSeconds, 0);
        string source;
        double rigExposure;
        if (timeline is not null)
        {
            rigExposure = timeline.MeasuredExposureSeconds;
            source = "rig exposure clock (telemetry) " + F(rigExposure) + " s";
        }
        else if (ExposureFromEvents(inputs) is { } fromEvents)
        {
            rigExposure = fromEvents;
            source = "rig exposure clock (state_changed events) " + F(rigExposure) + " s";
        }
        else
        {
            return NotEvaluable(AcceptanceCheckCodes.ExposureTime, title, limit, "s",
                "the rig's exposure clock is not recorded (no exposure telemetry and no state_changed event with exp_s)");
        }

        var parts = new List<string>();
        var worst = 0.0;
        var runT0 = inputs.Run.LoadedAtUtc;
        foreach (var loop in inputs.Loops.OrderBy(l => l.Position))
        {
            // Loops are loaded one after the other: one loaded before the rig's t0 was exposed that much longer.
            var offset = loop.LoadedAtUtc is { } loaded && runT0 is { } t0 ? (t0 - loaded).TotalSeconds : 0.0;
            var exposure = rigExposure + offset;
            var error = exposure - c.ExposureSeconds;
            if (Math.Abs(error) > Math.Abs(worst))
            {
                worst = error;
            }

            parts.Add("loop " + loop.Position + " " + F(exposure) + " s (" + (error >= 0 ? "+" : "") + F(error) + " s)");
        }

        if (parts.Count == 0)
        {
            worst = rigExposure - c.ExposureSeconds;
            parts.Add("run " + F(rigExposure) + " s");
        }

        var passed = Math.Abs(worst) <= c.ExposureToleranceSeconds + BoundDecision.Epsilon;
        return new AcceptanceCheck(AcceptanceCheckCodes.ExposureTime, title, passed, true, worst, limit, "s",
            "planned " + F(c.ExposureSeconds) + " s; " + source + "; " + string.Join("; ", parts));
    }

    private static double? ExposureFromEvents(AcceptanceInputs inputs)
    {
        double? best = null;
        foreach (var e in inputs.Events.Where(e => e.Kind == StateChanged))
        {
            try
            {
                using var doc = JsonDocument.Parse(e.PayloadJson);
                if (doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty("exp_s", out var value) && value.TryGetDouble(out var seconds) && double.IsFinite(seconds))
                {
                    best = best is { } b ? Math.Max(b, seconds) : seconds;
                }
            }
            catch (JsonException)
            {
                // A payload that is not JSON carries no exposure time; the others still count.
            }
        }

        return best is > 0 ? best : null;
    }

    private static AcceptanceCheck DrawToStart(AcceptanceCriteria c, AcceptanceInputs inputs)
    {
        var title = "Loop start ≤ " + F(c.MaxDrawToStartMinutes, 0) + " min after venepuncture (per donor)";
        var limit = "≤ " + F(c.MaxDrawToStartMinutes, 0);
        if (inputs.Loops.Count == 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.DrawToStart, title, limit, "min", "the run has no loops");
        }

        var donors = inputs.Donors.ToDictionary(d => d.Id);
        var parts = new List<string>();
        var missing = new List<string>();
        double? worst = null;
        var passed = true;
        foreach (var group in inputs.Loops.GroupBy(l => l.DonorId).OrderBy(g => g.Min(l => l.Position)))
        {
            var latestStart = group.Select(l => l.LoadedAtUtc ?? inputs.Run.LoadedAtUtc).Max();
            if (!donors.TryGetValue(group.Key, out var donor))
            {
                missing.Add("donor of loop(s) " + string.Join(",", group.Select(l => l.Position)) + " not found");
                continue;
            }

            if (latestStart is not { } start)
            {
                missing.Add("no loop start time for donor " + donor.PseudonymousId + " (the run was never loaded)");
                continue;
            }

            var minutes = (start - donor.DrawnAtUtc).TotalMinutes;
            worst = worst is { } w ? Math.Max(w, minutes) : minutes;
            if (minutes < 0)
            {
                passed = false;
                parts.Add("donor " + donor.PseudonymousId + ": venepuncture recorded " + F(-minutes) + " min after the loop start (check the draw time)");
            }
            else
            {
                passed &= minutes <= c.MaxDrawToStartMinutes + BoundDecision.Epsilon;
                parts.Add("donor " + donor.PseudonymousId + " " + F(minutes) + " min");
            }
        }

        if (missing.Count > 0)
        {
            return NotEvaluable(AcceptanceCheckCodes.DrawToStart, title, limit, "min", string.Join("; ", missing.Concat(parts)));
        }

        return new AcceptanceCheck(AcceptanceCheckCodes.DrawToStart, title, passed, true, worst, limit, "min", string.Join("; ", parts));
    }
}
