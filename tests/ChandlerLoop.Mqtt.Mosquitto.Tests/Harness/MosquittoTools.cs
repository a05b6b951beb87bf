using System.Diagnostics;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

/// <summary>
/// Finds the Mosquitto executables (apt packages <c>mosquitto</c> and <c>mosquitto-clients</c>) and
/// runs the small ones. A missing tool fails the test with what to install; tests never skip.
/// </summary>
public static class MosquittoTools
{
    private static readonly string[] SearchDirectories = ["/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin"];

    /// <summary>Full path of the broker executable.</summary>
    public static string Broker => Find("mosquitto", "mosquitto");

    /// <summary>Full path of the password-file tool.</summary>
    public static string Passwd => Find("mosquitto_passwd", "mosquitto");

    /// <summary>Full path of the reference subscriber client.</summary>
    public static string Sub => Find("mosquitto_sub", "mosquitto-clients");

    /// <summary>Full path of the reference publisher client.</summary>
    public static string Pub => Find("mosquitto_pub", "mosquitto-clients");

    /// <summary>Runs a tool to completion; throws with its output when it fails.</summary>
    public static async Task RunAsync(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(executable)} failed with exit code {process.ExitCode}: {await output}{await error}");
        }
    }

    private static string Find(string name, string package)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator).Concat(SearchDirectories))
        {
            if (directory.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{name}' was not found (apt package '{package}'). These tests need a real Mosquitto: run ./test.sh, " +
            "which installs mosquitto, mosquitto-clients and openssl, or install them yourself " +
            "(sudo apt-get install mosquitto mosquitto-clients openssl).");
    }
}
