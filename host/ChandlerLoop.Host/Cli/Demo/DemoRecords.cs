using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Services.Results;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>Database steps of the demo: the demo operator, example results and clot scores, telemetry counts.</summary>
internal static class DemoRecords
{
    /// <summary>Creates the demo operator (random password nobody knows: it cannot sign) when missing.</summary>
    public static async Task EnsureOperatorAsync(ChandlerDbContextFactory factory, TimeProvider clock, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        // Audited like every account: created by whoever ran the demo on the command line.
        db.ActingUserName = UsersAddCommand.ActingUserName;
        if (await db.Users.AnyAsync(u => u.UserName == DemoPlan.OperatorUser, ct).ConfigureAwait(false))
        {
            return;
        }

        db.Users.Add(new User
        {
            UserName = DemoPlan.OperatorUser,
            FullName = "Demo Operator (simulated)",
            Role = UserRole.Operator,
            PasswordHash = PasswordHasher.Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Enters the example results of every sample taken and a clot score per loop, all Source "simulated".</summary>
    public static async Task<int> EnterExampleResultsAsync(ChandlerDbContextFactory factory, TimeProvider clock, long runId, CancellationToken ct)
    {
        List<Loop> loops;
        List<Sample> samples;
        await using (var db = factory.CreateDbContext())
        {
            loops = await db.Loops.AsNoTracking().Include(l => l.Donor).Where(l => l.RunId == runId).OrderBy(l => l.Position).ToListAsync(ct).ConfigureAwait(false);
            var loopIds = loops.Select(l => l.Id).ToList();
            samples = await db.Samples.AsNoTracking().Where(s => loopIds.Contains(s.LoopId) && s.TakenAtUtc != null).ToListAsync(ct).ConfigureAwait(false);
        }

        var entry = new ResultEntryService(factory, clock);
        var count = 0;
        foreach (var sample in samples.OrderBy(s => s.LoopId).ThenBy(s => s.ScheduleIndex))
        {
            var loop = loops.First(l => l.Id == sample.LoopId);
            var minutes = sample.ActualExposureSeconds is { } seconds ? seconds / 60.0 : sample.PlannedOffsetMinutes;
            foreach (var (analyte, value) in DemoResultModel.Values(loop, minutes, DemoPlan.BaselinePlatelets(loop.Donor?.AboGroup ?? AboGroup.O)))
            {
                await entry.AddMarkerResultAsync(new MarkerResultInput
                {
                    SampleId = sample.Id,
                    Analyte = analyte,
                    Value = value,
                    Unit = MarkerUnits.CanonicalUnit(analyte),
                    Method = "simulated",
                    Source = ResultSources.Simulated,
                }, DemoPlan.OperatorUser, ct).ConfigureAwait(false);
                count++;
            }
        }

        foreach (var loop in loops)
        {
            await entry.SetClotScoreAsync(loop.Id, DemoResultModel.ClotScore(loop, 30), DemoResultModel.WetWeightMilligrams(loop, 30), null,
                DemoPlan.OperatorUser, null, ct).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>Telemetry points stored for the run and the number of gaps (missing sequence ranges) between the first and the last.</summary>
    public static async Task<(int Points, int Gaps)> TelemetryAsync(ChandlerDbContextFactory factory, long runId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var sequences = await db.TelemetryPoints.AsNoTracking().Where(t => t.RunId == runId).Select(t => t.Sequence).ToListAsync(ct).ConfigureAwait(false);
        sequences.Sort();
        var gaps = 0;
        for (var i = 1; i < sequences.Count; i++)
        {
            if (sequences[i] > sequences[i - 1] + 1)
            {
                gaps++;
            }
        }

        return (sequences.Count, gaps);
    }
}
