using System.Globalization;
using System.Text.Json;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Orchestration;

/// <summary>
/// A Draft run with loops and samples, as run setup would create it (the real RunSetupService is written
/// elsewhere): a template with a short schedule so the virtual rig finishes it in seconds of wall time.
/// </summary>
internal sealed class RunBuilder
{
    public string RigKey { get; init; } = "rig-01";

    public string RunKey { get; init; } = Infrastructure.RigDriver.RunKey;

    public double[] OffsetsMinutes { get; init; } = [0, 1, 2];

    public double DurationMinutes { get; init; } = 2;

    /// <summary>Short hold so the bath (36 °C at boot) is ready within a minute or two of rig time.</summary>
    public double PrewarmHoldSeconds { get; init; } = 20;

    public double PrewarmBandCelsius { get; init; } = 0.3;

    public int LoopCount { get; init; } = 2;

    /// <summary>Creates the run (and rig, user, template, donor when missing); returns the run's id.</summary>
    public async Task<long> CreateAsync(ChandlerDbContextFactory databases)
    {
        await using var db = databases.CreateDbContext();
        db.ActingUserName = "alice";
        var now = new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
        var rig = await db.Rigs.FirstOrDefaultAsync(r => r.RigKey == RigKey) ?? new Rig { RigKey = RigKey, Name = "Bench " + RigKey };
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == "alice")
            ?? new User { UserName = "alice", FullName = "Alice Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
        var offsets = string.Join(",", OffsetsMinutes.Select(o => o.ToString(CultureInfo.InvariantCulture)));
        var template = new ProtocolTemplate
        {
            Name = "Short loop " + RunKey, Version = 1, SetpointCelsius = 37.0, SpeedRpm = 30.0, DurationMinutes = DurationMinutes,
            SamplingOffsetsMinutes = offsets, PrewarmBandCelsius = PrewarmBandCelsius, PrewarmHoldSeconds = PrewarmHoldSeconds,
            MarkerPanel = "PLT,TAT", CreatedAtUtc = now,
        };
        var donor = await db.Donors.FirstOrDefaultAsync(d => d.PseudonymousId == "D-001")
            ?? new Donor { PseudonymousId = "D-001", AboGroup = AboGroup.A, Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.5, DrawnAtUtc = now };
        var snapshot = JsonSerializer.Serialize(new
        {
            template.Name, template.Version, template.SetpointCelsius, template.SpeedRpm, template.DurationMinutes,
            template.SamplingOffsetsMinutes, template.PrewarmBandCelsius, template.PrewarmHoldSeconds,
        });
        var run = new Run
        {
            RunKey = RunKey, Rig = rig, Operator = user, ProtocolTemplate = template, ProtocolSnapshotJson = snapshot,
            State = RunState.Draft, CreatedAtUtc = now, IsSimulated = true,
        };
        db.Runs.Add(run);
        for (var position = 1; position <= LoopCount; position++)
        {
            var loop = new Loop
            {
                Run = run, Position = position, Role = position == 1 ? LoopRole.NegativeControl : LoopRole.TestArticle,
                DoseCellsPerMilliliter = position == 1 ? 0 : 1e5, BloodVolumeMilliliters = 7, Vehicle = Vehicle.Pbs,
                VehicleFractionPercent = 5, Donor = donor,
            };
            db.Loops.Add(loop);
            for (var index = 0; index < OffsetsMinutes.Length; index++)
            {
                db.Samples.Add(new Sample { Loop = loop, ScheduleIndex = index, PlannedOffsetMinutes = OffsetsMinutes[index] });
            }
        }

        await db.SaveChangesAsync();
        return run.Id;
    }
}
