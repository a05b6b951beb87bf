using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChandlerLoop.Benchmarks.Mqtt;

/// <summary>
/// Mosquitto for the benchmark: one anonymous listener on a free loopback port, unlimited queues and
/// in-flight windows (<c>max_queued_messages 0</c>, <c>max_inflight_messages 0</c>), QoS 0 queued for
/// offline sessions, errors-only log. Also runs the C reference clients. (The test suite's harness in
/// ChandlerLoop.Mqtt.Mosquitto.Tests adds passwords, ACL and TLS; the benchmark needs none of them.)
/// </summary>
internal sealed class BenchmarkMosquitto : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private BenchmarkMosquitto(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static string Version()
    {
        var start = new ProcessStartInfo(Find("mosquitto"), ["-h"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var first = process.StandardOutput.ReadLine() ?? "mosquitto";
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return first.Trim();
    }

    public static async Task<BenchmarkMosquitto> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("chandler-mqtt-bench-").FullName;
        var port = FreePort();
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllTextAsync(config, string.Join('\n',
            "per_listener_settings false",
            "allow_anonymous true",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "connection_messages false",
            "max_queued_messages 0",
            "max_inflight_messages 0",
            "queue_qos0_messages true",
            "persistence false",
            $"listener {port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            ""));
        if (!OperatingSystem.IsWindows())
        {
            // Started as root, Mosquitto reads its configuration as the 'mosquitto' user.
            File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("755", 8));
            File.SetUnixFileMode(config, (UnixFileMode)Convert.ToInt32("644", 8));
        }

        var start = new ProcessStartInfo(Find("mosquitto"), ["-c", config])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("mosquitto: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        var broker = new BenchmarkMosquitto(process, directory, port);
        var waited = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                await broker.DisposeAsync();
                throw new InvalidOperationException($"Mosquitto did not start on 127.0.0.1:{port}; see its log above.");
            }

            await Task.Delay(20);
        }

        return broker;
    }

    /// <summary>Runs a Mosquitto client tool; optional lines go to its standard input. Throws when it fails.</summary>
    public static async Task RunToolAsync(string tool, IEnumerable<string> arguments, IEnumerable<string>? inputLines = null)
    {
        var start = new ProcessStartInfo(Find(tool), arguments)
        {
            RedirectStandardInput = inputLines is not null,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        if (inputLines is not null)
        {
            foreach (var line in inputLines)
            {
                await process.StandardInput.WriteLineAsync(line);
            }

            process.StandardInput.Close();
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {await error}");
        }
    }

    /// <summary>Runs a shell command line (used to send mosquitto_sub's output to /dev/null); returns its standard output.</summary>
    public static async Task<string> RunShellAsync(string commandLine)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", commandLine])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{commandLine}' failed with exit code {process.ExitCode}: {await error}");
        }

        return await output;
    }

    public static string Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/local/sbin", "/usr/bin"]))
        {
            var candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{name}' was not found. The mqtt benchmark needs Mosquitto: run ./test.sh once (it installs mosquitto, mosquitto-clients and openssl) or sudo apt-get install mosquitto mosquitto-clients.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
