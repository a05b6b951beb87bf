namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Optional preanalytics checks (DOMAIN §5): evaluated on the samples where the values were recorded.</summary>
public static partial class AcceptanceEvaluator
{
    private static AcceptanceCheck Centrifugation(AcceptanceCriteria c, AcceptanceInputs inputs)
    {
        var title = "Samples centrifuged ≤ " + F(c.MaxMinutesToCentrifuge, 0) + " min after sampling (where recorded)";
        var limit = "≤ " + F(c.MaxMinutesToCentrifuge, 0);
        var positions = inputs.Loops.ToDictionary(l => l.Id, l => l.Position);
        var recorded = inputs.Samples
            .Where(s => s.TakenAtUtc is not null && s.CentrifugedAtUtc is not null)
            .Select(s => (Sample: s, Minutes: (s.CentrifugedAtUtc!.Value - s.TakenAtUtc!.Value).TotalMinutes))
            .ToList();
        var taken = inputs.Samples.Count(s => s.TakenAtUtc is not null);
        if (recorded.Count == 0)
        {
            return new AcceptanceCheck(AcceptanceCheckCodes.Centrifugation, title, true, false, null, limit, "min",
                "Not recorded for any of " + taken + " taken sample(s) (optional check)");
        }

        var failing = recorded.Where(r => r.Minutes < 0 || r.Minutes > c.MaxMinutesToCentrifuge + BoundDecision.Epsilon).ToList();
        var worst = recorded.Max(r => r.Minutes);
        var detail = recorded.Count + " of " + taken + " taken sample(s) recorded; longest " + F(worst) + " min";
        if (failing.Count > 0)
        {
            detail += "; outside: " + string.Join(", ", failing.Select(r =>
                "loop " + positions.GetValueOrDefault(r.Sample.LoopId) + " t" + r.Sample.ScheduleIndex + " " + F(r.Minutes) + " min"
                + (r.Minutes < 0 ? " (centrifuged before it was taken: check the times)" : "")));
        }

        return new AcceptanceCheck(AcceptanceCheckCodes.Centrifugation, title, failing.Count == 0, true, worst, limit, "min", detail);
    }

    private static AcceptanceCheck StorageTemperature(AcceptanceCriteria c, AcceptanceInputs inputs)
    {
        var title = "Plasma stored at ≤ " + F(c.MaxStorageTemperatureCelsius, 0) + " °C (where recorded)";
        var limit = "≤ " + F(c.MaxStorageTemperatureCelsius, 0);
        var positions = inputs.Loops.ToDictionary(l => l.Id, l => l.Position);
        var recorded = inputs.Samples.Where(s => s.StorageTemperatureCelsius is not null).ToList();
        if (recorded.Count == 0)
        {
            return new AcceptanceCheck(AcceptanceCheckCodes.StorageTemperature, title, true, false, null, limit, "°C",
                "Not recorded for any sample (optional check)");
        }

        var warmest = recorded.Max(s => s.StorageTemperatureCelsius!.Value);
        var failing = recorded.Where(s => s.StorageTemperatureCelsius!.Value > c.MaxStorageTemperatureCelsius + BoundDecision.Epsilon).ToList();
        var detail = recorded.Count + " sample(s) recorded; warmest " + F(warmest) + " °C";
        if (failing.Count > 0)
        {
            detail += "; too warm: " + string.Join(", ", failing.Select(s =>
                "loop " + positions.GetValueOrDefault(s.LoopId) + " t" + s.ScheduleIndex + " " + F(s.StorageTemperatureCelsius!.Value) + " °C"));
        }

        return new AcceptanceCheck(AcceptanceCheckCodes.StorageTemperature, title, failing.Count == 0, true, warmest, limit, "°C", detail);
    }
}
