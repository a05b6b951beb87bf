using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChandlerLoop.Host.Cli.Sim;
using ChandlerLoop.Simulator.Fleet;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Time;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler sim --broker host:port [--rigs N] [--speed 1..600] [--duration 30m]
/// [--credentials folder | --user u --password-file f] [--fault rig-01:motor-stall@600s]...
/// [--drop rig-01:30s@300s]... [--reboot rig-01@900s]...</c>: runs virtual rigs
/// (<see cref="RigFleet"/>) against a real broker until Ctrl+C or the duration; prints scheduled
/// actions as they happen and a summary per rig.
/// </summary>
internal static class SimCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var broker = new Option<string>("--broker") { Description = "Broker address host:port (e.g. 127.0.0.1:1883).", Required = true, HelpName = "host:port" };
        var rigs = new Option<int>("--rigs") { Description = "Number of rigs, 1–99 (ids rig-01 ...).", DefaultValueFactory = _ => 1 };
        var speed = new Option<double>("--speed") { Description = "Time acceleration, 1–600 (1 = real time).", DefaultValueFactory = _ => 1.0 };
        var duration = new Option<string>("--duration") { Description = "Stop after this much simulated time (600s, 30m, 2h); default: until Ctrl+C.", HelpName = "time" };
        var credentials = new Option<string>("--credentials") { Description = "Folder of <rig-id>.credentials files (from 'broker config').", HelpName = "folder" };
        var user = new Option<string>("--user") { Description = "One MQTT user for every rig (with --password-file)." };
        var passwordFile = new Option<string>("--password-file") { Description = "File holding the password (or a credentials file).", HelpName = "file" };
        var faults = new Option<string[]>("--fault") { Description = "rig:fault@time, e.g. rig-01:motor-stall@600s. Faults: " + string.Join(", ", SimActionParser.FaultKinds) + ".", AllowMultipleArgumentsPerToken = false, HelpName = "rig:fault@time" };
        var drops = new Option<string[]>("--drop") { Description = "rig:down@time, e.g. rig-01:30s@300s.", HelpName = "rig:down@time" };
        var reboots = new Option<string[]>("--reboot") { Description = "rig@time, e.g. rig-01@900s.", HelpName = "rig@time" };
        var command = new Command("sim", "Run virtual rigs against an MQTT broker.")
        {
            broker, rigs, speed, duration, credentials, user, passwordFile, faults, drops, reboots,
        };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var (host, port) = ParseBroker(parse.GetValue(broker) ?? "");
            var rigCount = parse.GetValue(rigs);
            if (rigCount is < 1 or > 99)
            {
                throw new CliUsageException("--rigs " + rigCount + " is out of range: use 1–99.");
            }

            var acceleration = parse.GetValue(speed);
            if (!(acceleration >= SimulationClock.MinimumAcceleration && acceleration <= SimulationClock.MaximumAcceleration))
            {
                throw new CliUsageException("--speed " + acceleration.ToString(CultureInfo.InvariantCulture) + " is out of range: use 1–600 (times real time).");
            }

            double? durationSeconds = null;
            if (parse.GetValue(duration) is { Length: > 0 } d)
            {
                if (!SimActionParser.TryDuration(d, out var s) || s <= 0)
                {
                    throw new CliUsageException("--duration '" + d + "' is not a time: use e.g. 600s, 30m or 2h.");
                }

                durationSeconds = s;
            }

            var actions = (parse.GetValue(faults) ?? []).Select(SimActionParser.Fault)
                .Concat((parse.GetValue(drops) ?? []).Select(SimActionParser.Drop))
                .Concat((parse.GetValue(reboots) ?? []).Select(SimActionParser.Reboot))
                .OrderBy(a => a.AtSeconds).ToList();
            var ids = Enumerable.Range(1, rigCount).Select(RigFleet.RigIdFor).ToHashSet(StringComparer.Ordinal);
            foreach (var action in actions.Where(a => !ids.Contains(a.RigId)))
            {
                throw new CliUsageException(action.Source + ": no rig '" + action.RigId + "' in this simulation (rigs: " + string.Join(", ", ids.Order()) + ").");
            }

            var credentialsFor = Credentials(parse.GetValue(credentials), parse.GetValue(user), parse.GetValue(passwordFile), ids);
            var fleet = new RigFleet(rigCount, RigBrokerConnection.Tcp(host, port, credentialsFor), new SimulationClock(acceleration));
            await using (fleet.ConfigureAwait(false))
            {
                await context.Output.WriteLineAsync("sim: " + rigCount + " rig(s) on " + host + ":" + port + " at "
                    + acceleration.ToString(CultureInfo.InvariantCulture) + "x" + (durationSeconds is { } t ? " for " + t.ToString(CultureInfo.InvariantCulture) + " s" : " until Ctrl+C")).ConfigureAwait(false);
                await fleet.StartAsync(ct).ConfigureAwait(false);
                var cancelled = false;
                try
                {
                    await RunAsync(context, fleet, actions, durationSeconds, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    cancelled = true;
                }

                foreach (var rig in fleet.Rigs)
                {
                    await context.Output.WriteLineAsync(rig.RigId + ": state " + rig.State + ", fault " + rig.Fault + ", boots " + rig.BootCount
                        + ", connected " + (rig.IsConnected ? "yes" : "no") + ", telemetry seq " + rig.LastTelemetrySequence).ConfigureAwait(false);
                }

                await context.Output.WriteLineAsync("RESULT sim rigs=" + rigCount + " simulated_seconds="
                    + fleet.Clock.NowSeconds.ToString("0.#", CultureInfo.InvariantCulture) + (cancelled ? " stopped=ctrl-c" : "")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static async Task RunAsync(CliContext context, RigFleet fleet, List<SimAction> actions, double? durationSeconds, CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        var next = 0;
        for (long tick = 0; durationSeconds is null || fleet.Clock.NowSeconds < durationSeconds; tick++)
        {
            while (next < actions.Count && actions[next].AtSeconds <= fleet.Clock.NowSeconds)
            {
                var action = actions[next++];
                SimActionParser.Apply(action, fleet[action.RigId]);
                await context.Output.WriteLineAsync("t=" + fleet.Clock.NowSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s " + action.Source).ConfigureAwait(false);
            }

            var delay = fleet.Clock.DelayBeforeTick(tick, wall.Elapsed);
            if (delay > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }

            ct.ThrowIfCancellationRequested();
            await fleet.TickAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>host and port from "host:port" (IPv6 in brackets); <see cref="CliUsageException"/> naming --broker.</summary>
    public static (string Host, int Port) ParseBroker(string text)
    {
        var colon = text.LastIndexOf(':');
        var host = colon > 0 ? text[..colon].Trim('[', ']', ' ') : "";
        if (colon <= 0 || host.Length == 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new CliUsageException("--broker '" + text + "' is not host:port (e.g. 127.0.0.1:1883; port 1–65535).");
        }

        return (host, port);
    }

    private static Func<string, (string UserName, string Password)>? Credentials(string? folder, string? user, string? passwordFile, IEnumerable<string> rigIds)
    {
        if (!string.IsNullOrWhiteSpace(folder))
        {
            if (!string.IsNullOrWhiteSpace(user) || !string.IsNullOrWhiteSpace(passwordFile))
            {
                throw new CliUsageException("--credentials cannot be combined with --user / --password-file: choose one.");
            }

            var map = rigIds.ToDictionary(id => id, id =>
            {
                var (fileUser, password) = MqttCredentialsFile.Read(Path.Combine(folder, id + ".credentials"), "--credentials");
                return (fileUser ?? id, password);
            });
            return id => map[id];
        }

        if (string.IsNullOrWhiteSpace(passwordFile))
        {
            if (!string.IsNullOrWhiteSpace(user))
            {
                throw new CliUsageException("--user needs --password-file (passwords are never given on the command line).");
            }

            return null;
        }

        var (namedUser, secret) = MqttCredentialsFile.Read(passwordFile, "--password-file");
        var name = !string.IsNullOrWhiteSpace(user) ? user.Trim() : namedUser
            ?? throw new CliUsageException("--password-file holds only a password: give --user too.");
        return _ => (name, secret);
    }
}
