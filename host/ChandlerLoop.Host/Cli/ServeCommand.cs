using ChandlerLoop.Host.Services.Review;
using System.CommandLine;
using System.Globalization;
using ChandlerLoop.Host.Web;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler serve [--urls http://127.0.0.1:5080] [--rigs 2] [--speed 1]</c> (also what <c>chandler</c>
/// with no verb does): the web app on the data folder's database with simulated rigs over the
/// in-process broker. Prints the address and, while no admin exists, the one-time first-run link.
/// Runs until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Builds the verb; <paramref name="root"/> gets the same action and options (no verb = serve).</summary>
    public static Command Create(CliContext context, CommonOptions common, RootCommand root)
    {
        var urls = new Option<string>("--urls") { Description = "Listen address(es), ';'-separated. Default " + WebServeOptions.DefaultUrl + " (this machine only).", DefaultValueFactory = _ => WebServeOptions.DefaultUrl };
        var rigs = new Option<int>("--rigs") { Description = "Simulated rigs on the in-process broker, 0–6.", DefaultValueFactory = _ => 2 };
        var speed = new Option<double>("--speed") { Description = "Time acceleration of the simulated rigs, 1–600 (at more than 1× simulated time waits while a sample is due).", DefaultValueFactory = _ => 1 };
        var selfApproval = new Option<bool>("--allow-self-approval")
        {
            Description = "Let the lab manager who reviewed a run also approve it alone (a lab with one lab manager). Default: another lab manager must approve (four-eyes rule).",
        };
        var command = new Command("serve", "Serve the web app (default when no verb is given).") { urls, rigs, speed, selfApproval };
        Func<ParseResult, CancellationToken, Task<int>> action = (parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var options = new WebServeOptions
            {
                Urls = parse.GetValue(urls) ?? WebServeOptions.DefaultUrl,
                SimulatedRigs = parse.GetValue(rigs),
                Speed = parse.GetValue(speed),
                Signatures = new SignaturePolicy(ApproverMustDifferFromReviewer: !parse.GetValue(selfApproval)),
                DataFolder = common.DataFolder(parse),
            };
            Check(options);
            Directory.CreateDirectory(options.DataFolder);
            var (factory, applied) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var app = WebApp.Build(options, factory);
            await app.StartAsync(ct).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            var banner = await WebBanner.WriteAsync(app.Services, options, factory, applied.Count, addresses, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(banner).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await context.Output.WriteLineAsync("stopping…").ConfigureAwait(false);
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct);
        command.SetAction(action);
        root.Add(urls);
        root.Add(rigs);
        root.Add(speed);
        root.Add(selfApproval);
        root.SetAction(action);
        return command;
    }

    private static void Check(WebServeOptions options)
    {
        if (options.SimulatedRigs is < 0 or > 6)
        {
            throw new CliUsageException("--rigs " + options.SimulatedRigs + " is out of range: use 0–6.");
        }

        if (!(options.Speed >= 1 && options.Speed <= 600))
        {
            throw new CliUsageException("--speed " + options.Speed.ToString(CultureInfo.InvariantCulture) + " is out of range: use 1–600 (times real time).");
        }

        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                throw new CliUsageException("--urls '" + url + "' is not an http(s) address such as " + WebServeOptions.DefaultUrl + ".");
            }
        }
    }
}
