using System.CommandLine;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// The <c>chandler</c> command: one sub-command per verb (db, users, audit, runs, results, broker,
/// sim, demo). Parse errors are printed to stderr with exit code <see cref="ExitCodes.Usage"/> and
/// no verb runs. Tests call <see cref="RunAsync(string[], CliContext, CancellationToken)"/> with a
/// context over string writers.
/// </summary>
internal static class ChandlerCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen verb on the real console; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, CliContext.CreateDefault(), cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen verb in <paramref name="context"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'chandler " + string.Join(' ', CommandPath(parse)) + " --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(invocation, ct).ConfigureAwait(false);
    }

    /// <summary>The command tree bound to <paramref name="context"/>.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("ChandlerLoop host: runs, results, rigs, broker configuration and the simulator.");
        var common = new CommonOptions(context);
        common.AddTo(root);

        var db = new Command("db", "Database maintenance.");
        db.Add(DbMigrateCommand.Create(context, common));
        root.Add(db);

        var users = new Command("users", "User accounts.");
        users.Add(UsersAddCommand.Create(context, common));
        root.Add(users);

        var audit = new Command("audit", "Audit trail.");
        audit.Add(AuditVerifyCommand.Create(context, common));
        root.Add(audit);

        var runs = new Command("runs", "Runs: list, show, export.");
        runs.Add(RunsListCommand.Create(context, common));
        runs.Add(RunsShowCommand.Create(context, common));
        runs.Add(RunsExportCommand.Create(context, common));
        root.Add(runs);

        var results = new Command("results", "Marker results.");
        results.Add(ResultsImportCommand.Create(context, common));
        root.Add(results);

        var broker = new Command("broker", "MQTT broker (Mosquitto) set-up.");
        broker.Add(BrokerConfigCommand.Create(context));
        root.Add(broker);

        root.Add(SimCommand.Create(context));
        root.Add(DemoCommand.Create(context, common));
        root.Add(ServeCommand.Create(context, common, root));
        return root;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
