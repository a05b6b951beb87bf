using System.CommandLine;

namespace ChandlerLoop.Host.Cli;

/// <summary>The `chandler` command: one sub-command per verb; no verb serves the web app.</summary>
internal static class ChandlerCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen verb; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ChandlerLoop host: runs, results, rigs and the web app.");
        var parse = root.Parse(args);
        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}
