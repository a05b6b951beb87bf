using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster for the tests: initdb into a temp dir, started with pg_ctl on a free
/// loopback port with its socket in that dir, stopped in Dispose. Runs the server as the 'postgres'
/// OS user when the tests run as root (PostgreSQL refuses root). Fails (never skips) when PostgreSQL
/// is not installed.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _root;
    private readonly string _binDirectory;
    private readonly bool _runAsPostgresUser;

    public PostgresServer()
    {
        _binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb). Run ./test.sh, which installs the "
            + "Debian package 'postgresql', or: sudo apt-get install -y postgresql");
        _runAsPostgresUser = Environment.UserName == "root";
        _root = Directory.CreateTempSubdirectory("chandler-pg-").FullName;
        if (_runAsPostgresUser)
        {
            Run("chown", "-R", "postgres:postgres", _root);
        }

        var data = Path.Combine(_root, "data");
        RunPostgres("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        Port = FreeLoopbackPort();
        RunPostgres("pg_ctl", "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", "-k " + _root + " -h 127.0.0.1 -p " + Port + " -F", "start");
    }

    /// <summary>TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string for a database on this server (created by EF on first migrate).</summary>
    public string ConnectionString(string database) =>
        "Host=127.0.0.1;Port=" + Port + ";Username=postgres;Database=" + database + ";Timeout=30;Command Timeout=60";

    /// <summary>A fresh, unused database name.</summary>
    public static string NewDatabaseName() => "t" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        try
        {
            RunPostgres("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp dir is harmless.
            }
        }
    }

    private static string? FindBinDirectory()
    {
        const string parent = "/usr/lib/postgresql";
        if (!Directory.Exists(parent))
        {
            return null;
        }

        return Directory.GetDirectories(parent)
            .Where(d => int.TryParse(Path.GetFileName(d), out _) && File.Exists(Path.Combine(d, "bin", "initdb")))
            .OrderByDescending(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault();
    }

    private void RunPostgres(string tool, params string[] arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        if (_runAsPostgresUser)
        {
            Run("runuser", new[] { "-u", "postgres", "--", executable }.Concat(arguments).ToArray());
        }
        else
        {
            Run(executable, arguments);
        }
    }

    private static void Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(executable + " did not finish within 120 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(executable + " " + string.Join(' ', arguments) + " failed (" + process.ExitCode + "): "
                + output.Result + error.Result);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
