using ChandlerLoop.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class ResultsImportTests
{
    private const string RunKey = "R-20261121-01";
    private const string Mapping = """{ "layout": "long", "tubeIdColumn": "Tube", "analyteColumn": "Analyte", "valueColumn": "Result", "unitColumn": "Unit" }""";

    [Fact]
    public async Task Imports_every_row_with_the_file_as_source_attributed_to_the_user()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, RunKey, "rig-01");
        var (csv, mapping) = await WriteFilesAsync(cli, Rows("C3a", "ng/mL", 110, 240, 105, 900));

        var run = await cli.RunInDataAsync("results", "import", RunKey, csv, "--mapping", mapping, "--user", RunSeeder.OperatorUser);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("imported 4 result(s)", run.Out, StringComparison.Ordinal);
        await using var db = cli.Factory.CreateDbContext();
        var imported = await db.MarkerResults.Include(m => m.Sample).Where(m => m.Analyte == "C3a").ToListAsync();
        Assert.Equal(4, imported.Count);
        Assert.All(imported, m => Assert.Equal("import:c3a.csv", m.Source));
        Assert.Equal(900, imported.Single(m => m.Sample!.TubeId == RunKey + "-2-1").Value);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "MarkerResult" && a.UserName == RunSeeder.OperatorUser && a.NewValue == "import:c3a.csv"));
    }

    [Fact]
    public async Task Dry_run_prints_the_preview_and_saves_nothing()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, RunKey, "rig-01");
        var (csv, mapping) = await WriteFilesAsync(cli, Rows("C3a", "ng/mL", 110, 240, 105, 900));

        var run = await cli.RunInDataAsync("results", "import", RunKey, csv, "--mapping", mapping, "--user", RunSeeder.OperatorUser, "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("dry run: 4 result(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains(RunKey + "-2-1", run.Out, StringComparison.Ordinal);
        await using var db = cli.Factory.CreateDbContext();
        Assert.False(await db.MarkerResults.AnyAsync(m => m.Analyte == "C3a"));
    }

    [Fact]
    public async Task A_row_for_an_unknown_tube_fails_the_whole_file_and_saves_nothing()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, RunKey, "rig-01");
        var (csv, mapping) = await WriteFilesAsync(cli, Rows("C3a", "ng/mL", 110, 240, 105, 900) + "NO-SUCH-TUBE,C3a,100,ng/mL\n");

        var run = await cli.RunInDataAsync("results", "import", RunKey, csv, "--mapping", mapping, "--user", RunSeeder.OperatorUser);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 6", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", run.Error, StringComparison.Ordinal);
        await using var db = cli.Factory.CreateDbContext();
        Assert.False(await db.MarkerResults.AnyAsync(m => m.Analyte == "C3a"));
    }

    [Fact]
    public async Task An_unknown_user_is_refused_and_nothing_is_saved()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, RunKey, "rig-01");
        var (csv, mapping) = await WriteFilesAsync(cli, Rows("C3a", "ng/mL", 110, 240, 105, 900));

        var run = await cli.RunInDataAsync("results", "import", RunKey, csv, "--mapping", mapping, "--user", "nobody");

        Assert.Equal(1, run.ExitCode);
        await using var db = cli.Factory.CreateDbContext();
        Assert.False(await db.MarkerResults.AnyAsync(m => m.Analyte == "C3a"));
    }

    [Fact]
    public async Task A_mapping_with_an_unknown_property_is_a_usage_error_naming_the_option()
    {
        using var cli = new CliHarness();
        var (csv, mapping) = await WriteFilesAsync(cli, Rows("C3a", "ng/mL", 1, 2, 3, 4), """{ "layout": "long", "tubeColumn": "Tube" }""");

        var run = await cli.RunInDataAsync("results", "import", RunKey, csv, "--mapping", mapping, "--user", "op1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mapping", run.Error, StringComparison.Ordinal);
    }

    private static string Rows(string analyte, string unit, params double[] values)
    {
        var text = "Tube,Analyte,Result,Unit\n";
        var tubes = new[] { RunKey + "-1-0", RunKey + "-1-1", RunKey + "-2-0", RunKey + "-2-1" };
        for (var i = 0; i < tubes.Length; i++)
        {
            text += tubes[i] + "," + analyte + "," + values[i].ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + unit + "\n";
        }

        return text;
    }

    private static async Task<(string Csv, string Mapping)> WriteFilesAsync(CliHarness cli, string csv, string mapping = Mapping)
    {
        var csvPath = Path.Combine(cli.Root, "c3a.csv");
        var mappingPath = Path.Combine(cli.Root, "mapping.json");
        await File.WriteAllTextAsync(csvPath, csv);
        await File.WriteAllTextAsync(mappingPath, mapping);
        return (csvPath, mappingPath);
    }
}
