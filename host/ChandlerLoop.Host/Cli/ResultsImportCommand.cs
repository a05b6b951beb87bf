using System.CommandLine;
using System.Globalization;
using ChandlerLoop.Host.Cli.Results;
using ChandlerLoop.Host.Services.Results;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler results import &lt;run-key&gt; &lt;file.csv&gt; --mapping &lt;mapping.json&gt; --user &lt;user&gt;
/// [--dry-run]</c>: previews the instrument file with <see cref="MarkerCsvImporter"/> (matched sample,
/// converted value, warnings, errors per line); with errors nothing is saved (exit 1); --dry-run
/// prints the preview and saves nothing; otherwise all rows are stored in one audited transaction
/// attributed to --user, Source "import:&lt;file name&gt;".
/// </summary>
internal static class ResultsImportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var key = new Argument<string>("run-key") { Description = "The run the results belong to, e.g. R-20261122-01." };
        var file = new Argument<string>("file") { Description = "The instrument's CSV export." };
        var mapping = new Option<string>("--mapping") { Description = "JSON file saying which columns hold what (see ImportMappingFile).", Required = true, HelpName = "mapping.json" };
        var user = new Option<string>("--user") { Description = "Who imports (an active user; recorded in the audit trail).", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be imported; save nothing." };
        var command = new Command("import", "Import marker results from an instrument CSV.") { key, file, mapping, user, dryRun };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var csvPath = Path.GetFullPath(parse.GetValue(file)!);
            if (!File.Exists(csvPath))
            {
                throw new CliUsageException("<file> '" + csvPath + "' does not exist.");
            }

            var map = ImportMappingFile.Read(parse.GetValue(mapping)!);
            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            long runId;
            await using (var db = factory.CreateDbContext())
            {
                var runKey = parse.GetValue(key)!.Trim();
                runId = await db.Runs.Where(r => r.RunKey == runKey).Select(r => r.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                if (runId == 0)
                {
                    throw new CliFailureException("run '" + runKey + "' does not exist (see 'chandler runs list'); nothing was imported.");
                }
            }

            var importer = new MarkerCsvImporter(factory, context.Clock);
            MarkerImportPreview preview;
            await using (var stream = File.OpenRead(csvPath))
            {
                preview = await importer.PreviewAsync(stream, csvPath, map, runId, ct).ConfigureAwait(false);
            }

            WritePreview(context.Console, preview);
            if (preview.HasErrors)
            {
                foreach (var error in preview.Errors)
                {
                    await context.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync("error: " + preview.Errors.Count + " problem(s) in " + preview.FileName + "; nothing was imported.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (parse.GetValue(dryRun))
            {
                await context.Output.WriteLineAsync("dry run: " + preview.Rows.Count + " result(s) would be imported into " + preview.RunKey + "; nothing was saved.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            try
            {
                var result = await importer.CommitAsync(preview, parse.GetValue(user)!.Trim(), ct).ConfigureAwait(false);
                await context.Output.WriteLineAsync("imported " + result.ResultIds.Count + " result(s) into " + preview.RunKey + " (source " + result.Source + ")").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (ResultValidationException e)
            {
                throw new CliFailureException(string.Join(" ", e.Errors.DefaultIfEmpty(e.Message)) + " Nothing was imported.");
            }
        }, ct));
        return command;
    }

    private static void WritePreview(IAnsiConsole console, MarkerImportPreview preview)
    {
        if (preview.Rows.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Line", "Sample", "Analyte", "Raw", "Value (canonical)", "Flags", "Warnings / errors");
        foreach (var row in preview.Rows)
        {
            var value = row.Evaluated;
            var notes = row.Errors.Select(e => "ERROR " + e.Message).Concat(row.Warnings.Select(w => w.Message));
            table.AddRow(
                row.LineNumber.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.SampleLabel + (row.SampleId is null ? " (unmatched)" : "")),
                Markup.Escape(value?.Analyte ?? row.Input.Analyte),
                Markup.Escape(value is null ? CliFormat.Number(row.Input.Value, 4) + " " + row.Input.Unit : CliFormat.Number(value.RawValue, 4) + " " + value.RawUnit),
                Markup.Escape(value is null ? "—" : CliFormat.Number(value.Value, 4) + " " + value.Unit),
                (value?.IsBelowLloq == true ? "<LLOQ " : "") + (value?.IsAboveUloq == true ? ">ULOQ" : ""),
                Markup.Escape(string.Join("; ", notes)));
        }

        console.Write(table);
    }
}
