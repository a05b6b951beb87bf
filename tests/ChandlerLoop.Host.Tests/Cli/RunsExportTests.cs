using System.IO.Compression;
using System.Text.Json;
using ChandlerLoop.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class RunsExportTests
{
    [Fact]
    public async Task Json_export_holds_every_table_the_snapshot_acceptance_and_the_current_audit_head()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261120-01", "rig-02");
        var runId = await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01", simulated: true);
        var target = Path.Combine(cli.Root, "out", "run.json");

        var run = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "json", "--out", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(target));
        var root = json.RootElement;
        Assert.Equal("chandlerloop-run-export", root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("simulated").GetBoolean());
        Assert.Contains("SIMULATED", root.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(37, root.GetProperty("protocol_snapshot").GetProperty("setpoint_celsius").GetInt32());
        Assert.Equal("fail", root.GetProperty("acceptance").GetProperty("outcome").GetString());
        var tables = root.GetProperty("tables");
        Assert.Equal(2, tables.GetProperty("loops").GetArrayLength());
        Assert.Equal(4, tables.GetProperty("samples").GetArrayLength());
        Assert.Equal(8, tables.GetProperty("results").GetArrayLength());
        Assert.Equal(3, tables.GetProperty("telemetry").GetArrayLength());
        Assert.Equal(1, tables.GetProperty("events").GetArrayLength());
        Assert.Equal(2, tables.GetProperty("acceptance_checks").GetArrayLength());
        Assert.Equal(0.12, tables.GetProperty("rig")[0].GetProperty("calibration_temperature_offset_celsius").GetDouble());
        Assert.All(tables.GetProperty("results").EnumerateArray(), r => Assert.Equal("simulated", r.GetProperty("source").GetString()));

        await using var db = cli.Factory.CreateDbContext();
        var head = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstAsync();
        Assert.Equal(head, root.GetProperty("audit_head_hash").GetString());
        var ownSampleIds = await db.Samples.Where(s => s.Loop!.RunId == runId).Select(s => s.Id.ToString()).ToListAsync();
        var exportedAudit = tables.GetProperty("audit").EnumerateArray().ToList();
        Assert.Contains(exportedAudit, a => a.GetProperty("entity_type").GetString() == "MarkerResult");
        Assert.Contains(exportedAudit, a => a.GetProperty("entity_type").GetString() == "Sample" && ownSampleIds.Contains(a.GetProperty("entity_id").GetString()!));
        Assert.DoesNotContain(exportedAudit, a => a.GetProperty("entity_type").GetString() == "Sample" && !ownSampleIds.Contains(a.GetProperty("entity_id").GetString()!));
        var otherRunsResults = await db.MarkerResults.CountAsync(m => m.Sample!.Loop!.RunId != runId);
        Assert.Equal(8, otherRunsResults);
        Assert.True(exportedAudit.Count < await db.AuditEntries.CountAsync(), "entries of the other run are not exported");
    }

    [Fact]
    public async Task Csv_export_writes_one_file_per_table_and_a_readme_marking_simulated_runs()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01", simulated: true);
        var folder = Path.Combine(cli.Root, "csv");

        var run = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "csv", "--out", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var name in new[] { "run", "rig", "loops", "donors", "samples", "results", "clot_scores", "deviations", "signatures", "acceptance_checks", "telemetry", "events", "audit" })
        {
            Assert.True(File.Exists(Path.Combine(folder, name + ".csv")), name);
        }

        Assert.StartsWith("SIMULATED RUN", await File.ReadAllTextAsync(Path.Combine(folder, "README.txt")), StringComparison.Ordinal);
        var results = await File.ReadAllLinesAsync(Path.Combine(folder, "results.csv"));
        Assert.StartsWith("result_id,sample_id,loop_position,schedule_index,analyte,value,unit", results[0], StringComparison.Ordinal);
        Assert.Equal(1 + 8, results.Length);
        var runCsv = await File.ReadAllLinesAsync(Path.Combine(folder, "run.csv"));
        var isSimulated = Array.IndexOf(runCsv[0].Split(','), "is_simulated");
        Assert.Equal("true", runCsv[1].Split(',')[isSimulated]);
        Assert.True(File.Exists(Path.Combine(folder, "protocol_snapshot.json")));
    }

    [Fact]
    public async Task Csv_export_to_a_zip_path_writes_the_same_files_into_an_archive()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01");
        var zip = Path.Combine(cli.Root, "run.zip");

        var run = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "csv", "--out", zip);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("results.csv", names);
        Assert.Contains("audit.csv", names);
        Assert.Contains("README.txt", names);
    }

    [Fact]
    public async Task Existing_target_is_kept_unless_force()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01");
        var target = Path.Combine(cli.Root, "run.json");
        await File.WriteAllTextAsync(target, "keep me");

        var refused = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "json", "--out", target);
        var kept = await File.ReadAllTextAsync(target);
        var forced = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "json", "--out", target, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_refused_naming_json_and_csv()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("runs", "export", "R-20261121-01", "--format", "xlsx", "--out", Path.Combine(cli.Root, "x"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Error, StringComparison.Ordinal);
        Assert.Contains("json or csv", run.Error, StringComparison.Ordinal);
    }
}
