using System.Globalization;
using System.Text;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Web.Identity;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>What the host prints once it listens: address, database, simulated rigs and how to sign in the first time.</summary>
internal static class WebBanner
{
    /// <summary>The banner text; closes the first-run gate when an admin already exists.</summary>
    public static async Task<string> WriteAsync(IServiceProvider services, WebServeOptions options, ChandlerDbContextFactory databases,
        int migrationsApplied, IReadOnlyList<string> addresses, CancellationToken ct)
    {
        var gate = services.GetRequiredService<FirstRunGate>();
        var hasAdmin = await new AccountService(databases, TimeProvider.System).HasActiveAdminAsync(ct).ConfigureAwait(false);
        if (hasAdmin)
        {
            gate.Close();
        }

        var address = (addresses.FirstOrDefault() ?? options.Urls).TrimEnd('/');
        var text = new StringBuilder();
        text.AppendLine("ChandlerLoop host listening on " + string.Join(", ", addresses.DefaultIfEmpty(options.Urls)));
        text.AppendLine("  database: " + Describe(databases.Options) + (migrationsApplied > 0 ? " (" + migrationsApplied + " migration(s) applied)" : ""));
        text.AppendLine(options.SimulatedRigs > 0
            ? "  simulated rigs: " + options.SimulatedRigs + " at " + options.Speed.ToString("0.##", CultureInfo.InvariantCulture) + "× time over the in-process broker (their runs are marked SIMULATED)"
            : "  simulated rigs: none");
        if (gate.Token is { } token)
        {
            text.AppendLine("  first login: open " + address + "/first-run?token=" + token + " to create the admin account,");
            text.Append("  then add operator and lab manager accounts on the Users page (or: chandler users add).");
        }
        else
        {
            text.Append("  sign in at " + address + "/signin (accounts: Users page, or chandler users add)");
        }

        return text.ToString();
    }

    // Never prints a PostgreSQL connection string (it may hold a password).
    private static string Describe(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Sqlite ? "SQLite " + options.SqliteFilePath : "PostgreSQL";
}
