using System.Diagnostics;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

/// <summary>
/// The harness itself, checked with Mosquitto's own C clients so that a failure here points at the
/// generated configuration rather than at our client.
/// </summary>
public sealed class MosquittoBrokerTests
{
    [Fact]
    public async Task Generated_password_file_admits_a_known_user_and_refuses_a_wrong_password()
    {
        await using var broker = await MosquittoBroker.StartAsync();

        var good = await PublishWithReferenceClientAsync(broker, broker.Port, MosquittoConfiguration.Password);
        var bad = await PublishWithReferenceClientAsync(broker, broker.Port, "wrong");

        Assert.True(good.ExitCode == 0, broker.Describe("mosquitto_pub with the right password failed: " + good.Output));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("not authorised", bad.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Generated_certificates_are_accepted_by_openssl_clients_over_tls()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoConfiguration { ClientCertificateListener = true });
        var certificates = broker.Certificates!;

        var serverOnly = await PublishWithReferenceClientAsync(broker, broker.TlsPort, MosquittoConfiguration.Password,
            "--cafile", certificates.CaCertificateFile);
        var withClientCertificate = await PublishWithReferenceClientAsync(broker, broker.ClientCertificateTlsPort,
            MosquittoConfiguration.Password, "--cafile", certificates.CaCertificateFile,
            "--cert", certificates.ClientCertificateFile, "--key", certificates.ClientKeyFile);
        var missingClientCertificate = await PublishWithReferenceClientAsync(broker, broker.ClientCertificateTlsPort,
            MosquittoConfiguration.Password, "--cafile", certificates.CaCertificateFile);

        Assert.True(serverOnly.ExitCode == 0, broker.Describe("TLS publish failed: " + serverOnly.Output));
        Assert.True(withClientCertificate.ExitCode == 0, broker.Describe("client-certificate publish failed: " + withClientCertificate.Output));
        Assert.NotEqual(0, missingClientCertificate.ExitCode);
    }

    [Fact]
    public async Task Broker_restarts_on_the_same_port_after_a_clean_stop()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoConfiguration { Persistence = true });

        await broker.StopAsync();
        var whileStopped = await PublishWithReferenceClientAsync(broker, broker.Port, MosquittoConfiguration.Password);
        await broker.StartAgainAsync();
        var afterRestart = await PublishWithReferenceClientAsync(broker, broker.Port, MosquittoConfiguration.Password);

        Assert.NotEqual(0, whileStopped.ExitCode);
        Assert.True(afterRestart.ExitCode == 0, broker.Describe("publish after restart failed: " + afterRestart.Output));
        Assert.True(File.Exists(Path.Combine(broker.Directory, "data", "mosquitto.db")),
            broker.Describe("no persistence database after a clean stop"));
    }

    private static async Task<(int ExitCode, string Output)> PublishWithReferenceClientAsync(
        MosquittoBroker broker, int port, string password, params string[] extra)
    {
        var arguments = new List<string>
        {
            "-h", "localhost", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-u", MosquittoConfiguration.TesterUser, "-P", password, "-t", "test/harness", "-m", "hello", "-q", "1",
        };
        arguments.AddRange(extra);
        var start = new ProcessStartInfo(MosquittoTools.Pub, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        _ = broker;
        return (process.ExitCode, await output + await error);
    }
}
