using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>Seeds one run with one loop, one sample and one platelet result, as user "alice".</summary>
public static class RunRecordBuilder
{
    public const string UserName = "alice";

    public static async Task<(long RunId, long LoopId, long SampleId, long ResultId)> SeedAsync(ChandlerDbContext db)
    {
        var now = DateTime.UtcNow;
        db.ActingUserName = UserName;
        var user = new User { UserName = UserName, FullName = "Alice Operator", Role = UserRole.Operator, PasswordHash = "x", CreatedAtUtc = now };
        var rig = new Rig { RigKey = "rig-" + Guid.NewGuid().ToString("N")[..8], Name = "Bench" };
        var protocol = new ProtocolTemplate { Name = "MSC loop 30 min", Version = 1, MarkerPanel = "PLT,TAT", CreatedAtUtc = now };
        var donor = new Donor { PseudonymousId = "D-" + Guid.NewGuid().ToString("N")[..8], AboGroup = AboGroup.A, Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.0, DrawnAtUtc = now };
        var run = new Run { RunKey = "run-" + Guid.NewGuid().ToString("N")[..8], Rig = rig, ProtocolTemplate = protocol, Operator = user, State = RunState.Completed, CreatedAtUtc = now };
        var loop = new Loop
        {
            Run = run, Position = 1, Role = LoopRole.TestArticle, CellProduct = "BM-MSC", DoseCellsPerMilliliter = 15_000,
            BloodVolumeMilliliters = 7.0, Vehicle = Vehicle.AbPlasma, VehicleFractionPercent = 2.0, Donor = donor,
        };
        var sample = new Sample { Loop = loop, PlannedOffsetMinutes = 30, TubeId = "T-1" };
        var result = new MarkerResult { Sample = sample, Analyte = "PLT", Value = 210.0, Unit = "10^9/L", EnteredBy = user, EnteredAtUtc = now };
        db.AddRange(user, rig, protocol, donor, run, loop, sample, result);
        await db.SaveChangesAsync();
        return (run.Id, loop.Id, sample.Id, result.Id);
    }
}
