using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChandlerLoop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real Mosquitto for one test: anonymous, one listener on a free loopback port (127.0.0.1 only),
/// persistence on (sessions, subscriptions and queued QoS 1 messages survive a clean restart), its
/// files in a private temp folder. <see cref="StopAsync"/> is a clean SIGTERM (Mosquitto saves its
/// database), <see cref="StartAgainAsync"/> starts it on the same port with the same files; dispose
/// kills it and deletes the folder. <see cref="Log"/> is the broker's own log, for failure messages.
/// </summary>
internal sealed class MosquittoProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private readonly StringBuilder _log = new();
    private readonly string _directory;
    private readonly string _configFile;
    private Process? _process;

    private MosquittoProcess(string directory, int port)
    {
        _directory = directory;
        _configFile = Path.Combine(directory, "mosquitto.conf");
        Port = port;
    }

    public int Port { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<MosquittoProcess> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("chandler-e2e-mosquitto-").FullName;
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(data);
        var broker = new MosquittoProcess(directory, FreeLoopbackPort());
        await File.WriteAllTextAsync(broker._configFile, string.Join('\n',
            "per_listener_settings false",
            "allow_anonymous true",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "persistence true",
            "persistence_location " + data + "/",
            "persistence_file mosquitto.db",
            "autosave_interval 0",
            "max_queued_messages 0",
            "set_tcp_nodelay true",
            "listener " + broker.Port.ToString(CultureInfo.InvariantCulture) + " 127.0.0.1",
            ""));
        if (!OperatingSystem.IsWindows())
        {
            // Started as root, Mosquitto drops to the 'mosquitto' user: it must read the config and write its data.
            File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("755", 8));
            File.SetUnixFileMode(broker._configFile, (UnixFileMode)Convert.ToInt32("644", 8));
            File.SetUnixFileMode(data, (UnixFileMode)Convert.ToInt32("777", 8));
        }

        try
        {
            await broker.StartAgainAsync();
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }

        return broker;
    }

    /// <summary>Starts Mosquitto (again) on <see cref="Port"/>; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("Mosquitto is already running.");
        }

        _process?.Dispose();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(Find("mosquitto"), ["-c", _configFile])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = _directory,
            },
        };
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        var waited = Stopwatch.StartNew();
        while (!await AcceptsAsync(Port))
        {
            if (process.HasExited || waited.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"Mosquitto did not start on 127.0.0.1:{Port}. Log:\n{Log}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Stops Mosquitto cleanly (SIGTERM), so it saves its persistence database, and waits for it.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static string Find(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/local/sbin", "/usr/bin"]))
        {
            var candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' was not found: the end-to-end tests need Mosquitto (./test.sh installs it, or apt-get install mosquitto).");
    }

    private static int FreeLoopbackPort()
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

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
