using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChandlerLoop.Host.Tests.Infrastructure;

/// <summary>
/// The real Mosquitto (/usr/sbin/mosquitto) started with a configuration file written by
/// `chandler broker config`, on a free loopback port. <see cref="StartAsync"/> returns once the port
/// accepts connections; dispose kills it. <see cref="Log"/> is its stderr for failure messages.
/// </summary>
internal sealed class MosquittoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private MosquittoProcess(Process process) => _process = process;

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

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<MosquittoProcess> StartAsync(string configFile, int port)
    {
        var executable = new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("mosquitto is not installed (apt package 'mosquitto'); these tests need the real broker.");
        var start = new ProcessStartInfo(executable, ["-c", configFile])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        var broker = new MosquittoProcess(process);
        process.ErrorDataReceived += (_, e) => broker.Append(e.Data);
        process.OutputDataReceived += (_, e) => broker.Append(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return broker;
            }
            catch (SocketException)
            {
                if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(10))
                {
                    await broker.DisposeAsync();
                    throw new InvalidOperationException("Mosquitto did not start on port " + port + ". Log:\n" + broker.Log);
                }

                await Task.Delay(20);
            }
        }
    }

    /// <summary>Runs a small tool (chmod, chown) and fails with its output when it fails.</summary>
    public static async Task RunToolAsync(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(tool + " " + string.Join(' ', arguments) + " failed: " + error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
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
}
