using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

/// <summary>
/// A real Mosquitto started for one test: generated configuration, password file, ACL and
/// certificates in a private temporary directory, listeners on free loopback ports only
/// (127.0.0.1). Started as root Mosquitto drops to the <c>mosquitto</c> user, so every file it reads
/// is made world-readable (0644, directories 0755) and the persistence directory writable.
/// <see cref="StartAsync"/> returns once every listener accepts connections; dispose kills the
/// process, waits for it and deletes the directory. <see cref="Log"/> is the broker's own log, to put
/// in failure messages.
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly StringBuilder _log = new();
    private readonly string _configFile;
    private Process? _process;

    private MosquittoBroker(string directory, MosquittoConfiguration configuration, TestCertificates? certificates)
    {
        Directory = directory;
        Configuration = configuration;
        Certificates = certificates;
        var ports = FreeLoopbackPorts(3);
        Port = ports[0];
        TlsPort = ports[1];
        ClientCertificateTlsPort = ports[2];
        _configFile = Path.Combine(directory, "mosquitto.conf");
    }

    /// <summary>Loopback address every listener binds to.</summary>
    public string Host => "127.0.0.1";

    /// <summary>Plain TCP listener port.</summary>
    public int Port { get; }

    /// <summary>TLS listener port (server certificate only); valid when TLS is configured.</summary>
    public int TlsPort { get; }

    /// <summary>TLS listener port that requires a client certificate; valid when configured.</summary>
    public int ClientCertificateTlsPort { get; }

    /// <summary>The broker's temporary directory (configuration, password file, ACL, keys, data).</summary>
    public string Directory { get; }

    /// <summary>What this broker enables.</summary>
    public MosquittoConfiguration Configuration { get; }

    /// <summary>The test CA and certificates, when TLS is configured.</summary>
    public TestCertificates? Certificates { get; }

    /// <summary>Everything Mosquitto has logged so far (all runs of this broker).</summary>
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

    /// <summary>Writes the configuration and starts Mosquitto; fails with a clear message if it cannot.</summary>
    public static async Task<MosquittoBroker> StartAsync(MosquittoConfiguration? configuration = null)
    {
        configuration ??= new MosquittoConfiguration();
        var directory = System.IO.Directory.CreateTempSubdirectory("chandler-mosquitto-").FullName;
        try
        {
            SetMode(directory, "755");
            var tls = configuration.Tls || configuration.ClientCertificateListener;
            var certificates = tls ? TestCertificates.Create(directory) : null;
            var broker = new MosquittoBroker(directory, configuration, certificates);
            await broker.WriteFilesAsync();
            await broker.StartProcessAsync();
            return broker;
        }
        catch
        {
            TryDeleteDirectory(directory);
            throw;
        }
    }

    /// <summary>Stops Mosquitto cleanly (SIGTERM), so that it saves its persistence database.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            throw new InvalidOperationException(
                $"Mosquitto did not stop within {StopTimeout.TotalSeconds} s of SIGTERM and was killed. Log:\n{Log}");
        }
    }

    /// <summary>Starts Mosquitto again on the same ports with the same files (restart test).</summary>
    public Task StartAgainAsync() => StartProcessAsync();

    /// <summary>Message for an assertion: what failed, followed by the broker's log.</summary>
    public string Describe(string what) => $"{what}\n--- mosquitto log ---\n{Log}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var process = _process;
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }

        TryDeleteDirectory(Directory);
    }

    private async Task StartProcessAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("Mosquitto is already running; stop it first.");
        }

        _process?.Dispose();
        var start = new ProcessStartInfo(MosquittoTools.Broker, ["-c", _configFile])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;

        var ports = new List<int> { Port };
        if (Configuration.Tls || Configuration.ClientCertificateListener)
        {
            ports.Add(TlsPort);
        }

        if (Configuration.ClientCertificateListener)
        {
            ports.Add(ClientCertificateTlsPort);
        }

        var deadline = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (!await AcceptsAsync(port))
            {
                if (process.HasExited)
                {
                    await process.WaitForExitAsync();
                    throw new InvalidOperationException(
                        $"Mosquitto exited at start-up with code {process.ExitCode}. Log:\n{Log}");
                }

                if (deadline.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException(
                        $"Mosquitto did not accept connections on 127.0.0.1:{port} within {StartTimeout.TotalSeconds} s. Log:\n{Log}");
                }

                await Task.Delay(20);
            }
        }
    }

    private async Task WriteFilesAsync()
    {
        var passwordFile = Path.Combine(Directory, "passwords");
        var users = new List<string> { MosquittoConfiguration.HostUser, MosquittoConfiguration.TesterUser };
        users.AddRange(Configuration.RigUsers);
        for (var i = 0; i < users.Count; i++)
        {
            // -c creates the file (first user only); -b takes the password from the command line.
            string[] arguments = i == 0
                ? ["-b", "-c", passwordFile, users[i], MosquittoConfiguration.Password]
                : ["-b", passwordFile, users[i], MosquittoConfiguration.Password];
            await MosquittoTools.RunAsync(MosquittoTools.Passwd, arguments);
        }

        var aclFile = Path.Combine(Directory, "acl");
        await File.WriteAllTextAsync(aclFile, MosquittoConfiguration.AclText);

        var dataDirectory = Path.Combine(Directory, "data");
        System.IO.Directory.CreateDirectory(dataDirectory);

        await File.WriteAllTextAsync(_configFile, MosquittoConfigFile.Render(this, passwordFile, aclFile, dataDirectory));

        // Mosquitto started as root reads these as the unprivileged 'mosquitto' user.
        foreach (var file in System.IO.Directory.GetFiles(Directory))
        {
            SetMode(file, "644");
        }

        SetMode(dataDirectory, "777");
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
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

    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = new TcpListener[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                listeners[i] = new TcpListener(IPAddress.Loopback, 0);
                listeners[i].Start();
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener?.Stop();
            }
        }
    }

    private static void SetMode(string path, string octal)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(octal, 8));
        }
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Files written by the 'mosquitto' user; harmless in the temp directory.
        }
    }
}
