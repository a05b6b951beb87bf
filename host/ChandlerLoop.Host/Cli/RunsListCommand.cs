using System.CommandLine;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler runs list [--state &lt;state&gt;] [--rig &lt;rig-key&gt;]</c>: a table of runs, newest
/// first: key, rig, state, operator, created (UTC), acceptance, simulated.
/// </summary>
internal static class RunsListCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var state = new Option<string>("--state") { Description = "Only runs in this state (" + StateNames + ").", HelpName = "state" };
        var rig = new Option<string>("--rig") { Description = "Only runs on this rig (e.g. rig-01).", HelpName = "rig-key" };
        var command = new Command("list", "List runs.") { state, rig };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            RunState? wanted = null;
            var stateText = parse.GetValue(state);
            if (!string.IsNullOrWhiteSpace(stateText))
            {
                wanted = ParseState(stateText);
            }

            var rigKey = parse.GetValue(rig)?.Trim();
            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var db = factory.CreateDbContext();
            var query = db.Runs.AsNoTracking().Include(r => r.Rig).Include(r => r.Operator).AsQueryable();
            if (wanted is { } s)
            {
                query = query.Where(r => r.State == s);
            }

            if (!string.IsNullOrEmpty(rigKey))
            {
                query = query.Where(r => r.Rig!.RigKey == rigKey);
            }

            var runs = (await query.ToListAsync(ct).ConfigureAwait(false)).OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).ToList();
            if (runs.Count == 0)
            {
                await context.Output.WriteLineAsync("No runs match.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Key", "Rig", "State", "Operator", "Created (UTC)", "Acceptance", "Simulated");
            foreach (var run in runs)
            {
                table.AddRow(Markup.Escape(run.RunKey), Markup.Escape(run.Rig?.RigKey ?? "?"), CliFormat.Kebab(run.State),
                    Markup.Escape(run.Operator?.UserName ?? "?"), CliFormat.Time(run.CreatedAtUtc),
                    run.AcceptanceOutcome ?? "not evaluated", run.IsSimulated ? "SIMULATED" : "no");
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string StateNames => string.Join(", ", Enum.GetValues<RunState>().Select(CliFormat.Kebab));

    /// <summary>A run state from its kebab name ("sample-due") or its enum name ("SampleDue").</summary>
    public static RunState ParseState(string text)
    {
        foreach (var value in Enum.GetValues<RunState>())
        {
            if (string.Equals(CliFormat.Kebab(value), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new CliUsageException("--state '" + text + "' is not a run state: use one of " + StateNames + ".");
    }
}
