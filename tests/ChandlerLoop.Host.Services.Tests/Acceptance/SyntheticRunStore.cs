using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>Stores a <see cref="SyntheticRun"/> (run, donor, loops, samples, results, telemetry) in a migrated database.</summary>
internal static class SyntheticRunStore
{
    /// <summary>Saves the run and returns its database id.</summary>
    public static async Task<long> SaveAsync(ChandlerDbContextFactory databases, SyntheticRun synthetic, string runKey = "R-20261121-01", string? protocolSnapshotJson = null)
    {
        await using var db = databases.CreateDbContext();
        db.ActingUserName = "alice";
        var now = SyntheticRun.T0Utc;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == "alice")
            ?? new User { UserName = "alice", FullName = "Alice Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
        var rig = new Rig { RigKey = "rig-" + runKey, Name = "Bench" };
        var template = new ProtocolTemplate { Name = "MSC loop 30 min " + runKey, Version = 1, MarkerPanel = "PLT,TAT", SamplingOffsetsMinutes = "0,30", CreatedAtUtc = now };
        var donor = new Donor
        {
            PseudonymousId = synthetic.Donor.PseudonymousId + "-" + runKey,
            AboGroup = AboGroup.O,
            Anticoagulant = "heparin",
            AnticoagulantDoseIuPerMilliliter = 1.0,
            DrawnAtUtc = synthetic.Donor.DrawnAtUtc,
        };
        var source = synthetic.Run;
        var run = new Run
        {
            RunKey = runKey,
            Rig = rig,
            Operator = user,
            ProtocolTemplate = template,
            ProtocolSnapshotJson = protocolSnapshotJson ?? "{}",
            State = source.State,
            CreatedAtUtc = now.AddHours(-1),
            LoadedAtUtc = source.LoadedAtUtc,
            EndedAtUtc = source.EndedAtUtc,
            AcceptanceOutcome = source.AcceptanceOutcome,
        };
        db.AddRange(rig, template, donor, run);
        await db.SaveChangesAsync();

        var loops = synthetic.Loops.ToDictionary(l => l.Id, l => new Loop
        {
            RunId = run.Id, Position = l.Position, Role = l.Role, DoseCellsPerMilliliter = l.DoseCellsPerMilliliter, BloodVolumeMilliliters = l.BloodVolumeMilliliters,
            VehicleFractionPercent = l.VehicleFractionPercent, Vehicle = Vehicle.HumanSerumAlbumin, DonorId = donor.Id, LoadedAtUtc = l.LoadedAtUtc,
            CellProduct = l.Role == LoopRole.NegativeControl ? null : "BM-MSC",
        });
        db.Loops.AddRange(loops.Values);
        await db.SaveChangesAsync();

        var samples = synthetic.Samples.Where(s => loops.ContainsKey(s.LoopId)).ToDictionary(s => s.Id, s => new Sample
        {
            LoopId = loops[s.LoopId].Id, ScheduleIndex = s.ScheduleIndex, PlannedOffsetMinutes = s.PlannedOffsetMinutes, TakenAtUtc = s.TakenAtUtc,
            CentrifugedAtUtc = s.CentrifugedAtUtc, StorageTemperatureCelsius = s.StorageTemperatureCelsius,
        });
        db.Samples.AddRange(samples.Values);
        await db.SaveChangesAsync();

        db.MarkerResults.AddRange(synthetic.Results.Where(r => samples.ContainsKey(r.SampleId)).Select(r => new MarkerResult
        {
            SampleId = samples[r.SampleId].Id, Analyte = r.Analyte, Value = r.Value, Unit = r.Unit, IsBelowLloq = r.IsBelowLloq, IsAboveUloq = r.IsAboveUloq,
            LloqValue = r.LloqValue, UloqValue = r.UloqValue, EnteredByUserId = user.Id, EnteredAtUtc = r.EnteredAtUtc,
        }));
        db.TelemetryPoints.AddRange(synthetic.Telemetry.Select(p => new TelemetryPoint
        {
            RunId = run.Id, Sequence = p.Sequence, TimeSinceBootSeconds = p.TimeSinceBootSeconds, ReceivedAtUtc = now, State = p.State,
            ControlTemperatureCelsius = p.ControlTemperatureCelsius, SafetyTemperatureCelsius = p.SafetyTemperatureCelsius, SetpointCelsius = p.SetpointCelsius,
            HeaterDutyCycle = p.HeaterDutyCycle, DrumSpeedRpm = p.DrumSpeedRpm, DrumSpeedSetpointRpm = p.DrumSpeedSetpointRpm, ExposureSeconds = p.ExposureSeconds, Fault = p.Fault,
        }));
        await db.SaveChangesAsync();
        if (source.IsLocked)
        {
            run.IsLocked = true; // last: a locked run refuses every later change
            await db.SaveChangesAsync();
        }

        return run.Id;
    }
}
