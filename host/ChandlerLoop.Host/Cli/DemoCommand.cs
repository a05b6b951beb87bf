using System.CommandLine;
using System.Globalization;
using ChandlerLoop.Host.Cli.Demo;
using Spectre.Console;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler demo [--headless] [--speed 600] [--rigs 2]</c>: the full workflow on virtual rigs with
/// SIMULATED example results (<see cref="DemoRunner"/>), in the data folder's database. Prints a
/// summary and, last, one line per run:
/// <c>RESULT demo run=&lt;id&gt; acceptance=&lt;pass|fail&gt; telemetry_points=&lt;n&gt; gaps=&lt;n&gt;</c>.
/// Exit code 0 when every run completed and passed acceptance, else 1.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var headless = new Option<bool>("--headless") { Description = "Plain progress lines instead of a live display." };
        var speed = new Option<double>("--speed") { Description = "Time acceleration, 1–600.", DefaultValueFactory = _ => 600 };
        var rigs = new Option<int>("--rigs") { Description = "Virtual rigs, one run each, 1–6.", DefaultValueFactory = _ => 2 };
        var command = new Command("demo", "Run a SIMULATED end-to-end demo: rigs, runs, samples, example results, acceptance.") { headless, speed, rigs };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var options = new DemoOptions { Headless = parse.GetValue(headless), Speed = parse.GetValue(speed), Rigs = parse.GetValue(rigs) };
            if (!(options.Speed >= 1 && options.Speed <= 600))
            {
                throw new CliUsageException("--speed " + options.Speed.ToString(CultureInfo.InvariantCulture) + " is out of range: use 1–600 (times real time).");
            }

            if (options.Rigs is < 1 or > 6)
            {
                throw new CliUsageException("--rigs " + options.Rigs + " is out of range: use 1–6.");
            }

            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            var runner = new DemoRunner(context, factory, options);
            IReadOnlyList<DemoOutcome> outcomes;
            if (options.Headless || !context.IsInteractive)
            {
                var last = new Dictionary<string, string>();
                outcomes = await runner.RunAsync((key, state, _) =>
                {
                    if (!last.TryGetValue(key, out var before) || before != state)
                    {
                        last[key] = state;
                        context.Output.WriteLine(key + " " + state);
                    }
                }, ct).ConfigureAwait(false);
            }
            else
            {
                outcomes = [];
                await context.Console.Progress().AutoClear(false).StartAsync(async progress =>
                {
                    var tasks = new Dictionary<string, ProgressTask>();
                    outcomes = await runner.RunAsync((key, state, fraction) =>
                    {
                        if (!tasks.TryGetValue(key, out var task))
                        {
                            task = tasks[key] = progress.AddTask(key, maxValue: 100);
                        }

                        task.Description = Markup.Escape(key + " " + state);
                        task.Value = fraction * 100;
                    }, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            var table = new Table().Title("SIMULATED demo runs").AddColumns("Run", "Rig", "State", "Acceptance", "Telemetry points", "Gaps", "Failed checks");
            foreach (var o in outcomes)
            {
                table.AddRow(Markup.Escape(o.RunKey), o.RigKey, o.State, o.Acceptance, o.TelemetryPoints.ToString(CultureInfo.InvariantCulture),
                    o.Gaps.ToString(CultureInfo.InvariantCulture), Markup.Escape(o.FailedChecks.Count == 0 ? "—" : string.Join("; ", o.FailedChecks)));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync("See 'chandler runs show <run-key>'; every demo run is marked SIMULATED.").ConfigureAwait(false);
            foreach (var o in outcomes)
            {
                await context.Output.WriteLineAsync("RESULT demo run=" + o.RunId + " acceptance=" + o.Acceptance + " telemetry_points=" + o.TelemetryPoints + " gaps=" + o.Gaps).ConfigureAwait(false);
            }

            return outcomes.All(o => o.Acceptance == "pass") ? ExitCodes.Ok : ExitCodes.Failure;
        }, ct));
        return command;
    }
}
