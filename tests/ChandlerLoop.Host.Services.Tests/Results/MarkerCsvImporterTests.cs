using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Tests.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Results;

public sealed class MarkerCsvImporterTests
{
    private static CsvImportMapping CellCounter() => new()
    {
        Layout = CsvImportLayout.Wide,
        TubeIdColumn = "Sample No.",
        AnalyteColumns = { ["PLT(10^3/uL)"] = "PLT", ["WBC(10^3/uL)"] = "WBC" },
        DefaultUnits = { ["PLT"] = "10^3/µL", ["WBC"] = "10^3/µL" },
        Method = "cell counter",
    };

    private static CsvImportMapping ElisaReader() => new()
    {
        Layout = CsvImportLayout.Long,
        LoopPositionColumn = "Loop",
        OffsetMinutesColumn = "Time (min)",
        AnalyteColumn = "Analyte",
        ValueColumn = "Result",
        UnitColumn = "Unit",
        DilutionColumn = "Dilution",
        LloqColumn = "LLOQ",
        UloqColumn = "ULOQ",
        KitLotColumn = "Kit lot",
        Method = "ELISA",
    };

    [Fact]
    public async Task Cell_counter_export_previews_one_row_per_analyte_matched_by_tube_id()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        await lab.LabelTubesAsync(runId);
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        await using var file = File.OpenRead(ImportFiles.PathOf("cell-counter.csv"));

        var preview = await importer.PreviewAsync(file, "cell-counter.csv", CellCounter(), runId);

        Assert.False(preview.HasErrors, string.Join("; ", preview.Errors));
        Assert.Equal(18, preview.Rows.Count);
        var plt = preview.Rows.Single(r => r.SampleLabel == "tube T3-30" && r.Evaluated!.Analyte == "PLT");
        var expectedSample = await lab.SampleAsync(runId, 3, 2);
        Assert.Equal((expectedSample.Id, 38.0, "10^9/L", 10), (plt.SampleId!.Value, plt.Evaluated!.Value, plt.Evaluated.Unit, plt.LineNumber));
        Assert.Empty(await lab.ResultsAsync());
    }

    [Fact]
    public async Task ELISA_export_converts_units_applies_dilution_and_flags_ULOQ()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        await using var file = File.OpenRead(ImportFiles.PathOf("elisa-reader.csv"));

        var preview = await importer.PreviewAsync(file, "elisa-reader.csv", ElisaReader(), runId);

        Assert.False(preview.HasErrors, string.Join("; ", preview.Errors));
        Assert.Equal(9, preview.Rows.Count);
        var value = (int line) => preview.Rows.Single(r => r.LineNumber == line).Evaluated!;
        Assert.Equal(315, value(4).Value, 9); // 31.5 ng/mL × 10 = 315 µg/L
        Assert.True(value(5).IsAboveUloq); // reported ">60"
        Assert.Equal(3000, value(5).Value, 9);
        Assert.True(value(6).IsBelowLloq); // 1.6 < LLOQ 2
        Assert.Equal(230, value(7).Value, 9); // 2.3 ng/mL × 100
        Assert.Equal((970.0, "µg/L"), (value(8).Value, value(8).RawUnit)); // 1.94 µg/L = 1.94 ng/mL × 500
        Assert.Equal((210.0, "ng/mL FEU"), (value(9).Value, value(9).Unit)); // 0.21 mg/L FEU
        Assert.Equal((300.0, "ng/mL DDU"), (value(10).Value, value(10).RawUnit)); // 150 DDU × 2, basis kept in the raw unit
        Assert.Equal("TAT-2611", preview.Rows[0].Input.KitLot);
        Assert.Empty(await lab.ResultsAsync());
    }

    [Fact]
    public async Task Commit_stores_every_row_with_the_import_source_attributed_to_the_user()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        await lab.UpdateRunAsync(runId, r => r.State = RunState.Completed);
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        await using var file = File.OpenRead(ImportFiles.PathOf("elisa-reader.csv"));
        var preview = await importer.PreviewAsync(file, "/lab/exports/elisa-reader.csv", ElisaReader(), runId);

        var result = await importer.CommitAsync(preview, LabFixture.OperatorName);

        Assert.Equal("import:elisa-reader.csv", result.Source);
        var stored = await lab.ResultsAsync();
        Assert.Equal(9, stored.Count);
        Assert.All(stored, r => Assert.Equal(("import:elisa-reader.csv", "ELISA"), (r.Source, r.Method)));
        Assert.Equal(result.ResultIds.Order(), stored.Select(r => r.Id));
        Assert.Contains(await lab.AuditAsync(nameof(MarkerResult)), a => a.Field == "Source" && a.UserName == LabFixture.OperatorName);
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(RunState.ResultsEntered, (await db.Runs.SingleAsync()).State);
    }

    [Fact]
    public async Task Bad_file_reports_every_problem_with_line_and_column_and_cannot_be_committed()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        var csv = string.Join("\n",
            "Plate,Well,Loop,Time (min),Analyte,Result,Unit,Dilution,LLOQ,ULOQ,Kit lot",
            "P1,A1,1,0,TAT,2.4,ng/mL,1,2,60,K",        // line 2: fine
            "P1,A2,1,30,TAT,8.9,IU/mL,1,2,60,K",       // line 3: unit
            "P1,A3,2,30,TAT,n/a,ng/mL,1,2,60,K",       // line 4: not a number
            "P1,A4,7,30,TAT,3.1,ng/mL,1,2,60,K",       // line 5: no loop 7
            "P1,A5,2,0,TAT,3.1,ng/mL,0.5,2,60,K",      // line 6: dilution < 1
            "P1,A6,3,30,IL-6,3.1,pg/mL,1,2,60,K",      // line 7: unknown analyte
            "P1,A7,1,0,TAT,2.5,ng/mL,1,2,60,K",        // line 8: repeats line 2
            "P1,A8,1,15,PLT,2500,10^9/L,1,,,");        // line 9: above the hard limit

        var preview = await importer.PreviewAsync(ImportFiles.Text(csv), "bad.csv", ElisaReader(), runId);

        Assert.True(preview.HasErrors);
        var errors = preview.Errors;
        Assert.Contains(errors, e => e.LineNumber == 3 && e.Column == "Unit" && e.Message.Contains("'IU/mL'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 4 && e.Column == "Result" && e.Message.Contains("'n/a' is not a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 5 && e.Column == "Loop" && e.Message.Contains("No sample at position 7", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 6 && e.Column == "Dilution" && e.Message.Contains("dilution factor 0.5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 7 && e.Column == "Analyte" && e.Message.Contains("'IL-6'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 8 && e.Message.Contains("lines 2, 8", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.LineNumber == 9 && e.Message.Contains("sanity limits", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.LineNumber == 2);
        var refused = await Assert.ThrowsAsync<ResultValidationException>(() => importer.CommitAsync(preview, LabFixture.OperatorName));
        Assert.Contains("nothing was imported", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await lab.ResultsAsync());
    }

    [Fact]
    public async Task Missing_columns_and_empty_files_are_file_errors()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);

        var missing = await importer.PreviewAsync(ImportFiles.Text("Loop,Time (min),Analyte,Value\n1,0,TAT,2\n"), "x.csv", ElisaReader(), runId);
        var headerOnly = await importer.PreviewAsync(ImportFiles.Text("Sample No.,PLT(10^3/uL),WBC(10^3/uL)\n"), "y.csv", CellCounter(), runId);
        var unknownTube = await importer.PreviewAsync(ImportFiles.Text("Sample No.,PLT(10^3/uL),WBC(10^3/uL)\nT9-9,250,5\n"), "z.csv", CellCounter(), runId);

        Assert.Contains(missing.FileErrors, e => e.LineNumber == 1 && e.Column == "Result" && e.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(headerOnly.FileErrors, e => e.Message.Contains("no result lines", StringComparison.Ordinal));
        Assert.Contains(unknownTube.Errors, e => e.LineNumber == 2 && e.Column == "Sample No." && e.Message.Contains("'T9-9' is not a sample", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commit_is_all_or_nothing_when_the_database_refuses_one_row()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        await using var file = File.OpenRead(ImportFiles.PathOf("elisa-reader.csv"));
        var preview = await importer.PreviewAsync(file, "elisa-reader.csv", ElisaReader(), runId);
        await lab.Database.RefuseInsertsAsync("refuse_c3a", "MarkerResults", "Analyte", "C3a");

        await Assert.ThrowsAsync<DbUpdateException>(() => importer.CommitAsync(preview, LabFixture.OperatorName));

        Assert.Empty(await lab.ResultsAsync());
        Assert.Empty(await lab.AuditAsync(nameof(MarkerResult)));
    }

    [Fact]
    public async Task Locked_run_is_refused_at_preview_and_at_commit()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        await using var file = File.OpenRead(ImportFiles.PathOf("elisa-reader.csv"));
        var preview = await importer.PreviewAsync(file, "elisa-reader.csv", ElisaReader(), runId);
        await lab.UpdateRunAsync(runId, r => { r.State = RunState.Approved; r.IsLocked = true; });

        var commit = await Assert.ThrowsAsync<ResultValidationException>(() => importer.CommitAsync(preview, LabFixture.OperatorName));
        file.Position = 0;
        var again = await importer.PreviewAsync(file, "elisa-reader.csv", ElisaReader(), runId);

        Assert.Contains("approved and locked", commit.Message, StringComparison.Ordinal);
        Assert.Contains(again.FileErrors, e => e.Message.Contains("approved and locked", StringComparison.Ordinal));
        Assert.Empty(await lab.ResultsAsync());
    }

    [Fact]
    public async Task Invalid_mapping_is_reported_without_reading_the_file()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var importer = new MarkerCsvImporter(lab.Database.Factory, lab.Clock);
        var mapping = new CsvImportMapping { Layout = CsvImportLayout.Wide, AnalyteColumns = { ["IL6"] = "IL-6" } };

        var preview = await importer.PreviewAsync(ImportFiles.Text("a,b\n1,2\n"), "m.csv", mapping, runId);

        Assert.Contains(preview.FileErrors, e => e.Message.Contains("no sample column", StringComparison.Ordinal));
        Assert.Contains(preview.FileErrors, e => e.Message.Contains("unknown analyte 'IL-6'", StringComparison.Ordinal));
        Assert.Empty(preview.Rows);
    }
}
