using System.CommandLine;

namespace ChandlerLoop.Host.Cli;

/// <summary><c>chandler db migrate</c>: applies pending migrations; prints each one applied or "up to date".</summary>
internal static class DbMigrateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var command = new Command("migrate", "Create the database or apply pending migrations.");
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var (factory, applied) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            var where = factory.Options.SqliteFilePath ?? "PostgreSQL";
            if (applied.Count == 0)
            {
                await context.Output.WriteLineAsync("Database " + where + " is up to date.").ConfigureAwait(false);
            }
            else
            {
                foreach (var migration in applied)
                {
                    await context.Output.WriteLineAsync("applied " + migration).ConfigureAwait(false);
                }

                await context.Output.WriteLineAsync("Database " + where + ": " + applied.Count + " migration(s) applied.").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
