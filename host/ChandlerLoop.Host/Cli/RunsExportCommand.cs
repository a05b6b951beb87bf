using System.CommandLine;
using ChandlerLoop.Host.Cli.Runs;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler runs export &lt;run-key&gt; --format json|csv --out &lt;path&gt; [--force]</c>: everything
/// needed to re-create the run's report. json: one file (<see cref="RunExportJson"/>). csv: a folder
/// of CSV files, or a zip of them when the path ends in ".zip" (<see cref="RunExportCsv"/>). An
/// existing target is kept unless --force.
/// </summary>
internal static class RunsExportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var key = new Argument<string>("run-key") { Description = "The run's key, e.g. R-20261122-01." };
        var format = new Option<string>("--format") { Description = "json (one file) or csv (folder, or zip when --out ends in .zip).", Required = true, HelpName = "json|csv" };
        var output = new Option<string>("--out") { Description = "Target file (json), folder or .zip (csv).", Required = true, HelpName = "path" };
        var force = new Option<bool>("--force") { Description = "Replace an existing target." };
        var command = new Command("export", "Export a run's full record.") { key, format, output, force };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var kind = (parse.GetValue(format) ?? "").Trim().ToLowerInvariant();
            if (kind is not ("json" or "csv"))
            {
                throw new CliUsageException("--format '" + parse.GetValue(format) + "' is not supported: use json or csv.");
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            var exists = File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());
            if (exists && !parse.GetValue(force))
            {
                throw new CliUsageException("--out '" + target + "' already exists; choose another path or pass --force to replace it.");
            }

            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var db = factory.CreateDbContext();
            var dossier = await RunDossierLoader.LoadAsync(db, parse.GetValue(key)!.Trim(), ct).ConfigureAwait(false);
            var now = context.Clock.GetUtcNow().UtcDateTime;
            var tables = RunExportTables.Build(dossier, now);
            if (kind == "json")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var stream = new FileStream(target, FileMode.Create, FileAccess.Write);
                RunExportJson.Write(stream, dossier, tables, now);
            }
            else
            {
                var files = RunExportCsv.Files(dossier, tables);
                if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    RunExportCsv.WriteZip(target, files);
                }
                else
                {
                    RunExportCsv.WriteFolder(target, files);
                }
            }

            await context.Output.WriteLineAsync("exported " + dossier.Run.RunKey + (dossier.Run.IsSimulated ? " (SIMULATED)" : "")
                + " as " + kind + " to " + target + " (audit head " + dossier.AuditHeadHash + ")").ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
