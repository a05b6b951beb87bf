using ChandlerLoop.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class AuditVerifyTests
{
    [Fact]
    public async Task Intact_chain_prints_entries_and_head_hash_and_exits_zero()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01");
        await using var db = cli.Factory.CreateDbContext();
        var count = await db.AuditEntries.CountAsync();
        var head = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstAsync();

        var run = await cli.RunInDataAsync("audit", "verify");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(count > 10, "the seeded run writes audited records");
        Assert.Contains("entries checked: " + count, run.Out, StringComparison.Ordinal);
        Assert.Contains("head hash: " + head, run.Out, StringComparison.Ordinal);
        Assert.Contains("OK", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_entry_is_reported_with_its_id_and_exit_code_one()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01");
        long victim;
        await using (var db = cli.Factory.CreateDbContext())
        {
            victim = await db.AuditEntries.Where(a => a.Field == "Value").Select(a => a.Id).FirstAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"NewValue\" = '999' WHERE \"Id\" = {victim}");
        }

        var run = await cli.RunInDataAsync("audit", "verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BROKEN at entry " + victim, run.Out, StringComparison.Ordinal);
        Assert.Contains("entries checked: " + victim, run.Out, StringComparison.Ordinal);
    }
}
