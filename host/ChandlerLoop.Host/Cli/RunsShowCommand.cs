using System.CommandLine;
using ChandlerLoop.Host.Cli.Runs;
using Spectre.Console;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler runs show &lt;run-key&gt;</c>: the run's header, loops, donors, samples, results, clot
/// scores, deviations, signatures and the acceptance checklist (from Run.AcceptanceJson).
/// </summary>
internal static class RunsShowCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var key = new Argument<string>("run-key") { Description = "The run's key, e.g. R-20261122-01." };
        var command = new Command("show", "Show everything recorded about a run.") { key };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var db = factory.CreateDbContext();
            var dossier = await RunDossierLoader.LoadAsync(db, parse.GetValue(key)!.Trim(), ct).ConfigureAwait(false);
            RunShowWriter.Write(context.Console, dossier);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
