using System.Collections.Concurrent;
using ChandlerLoop.Host.Tests.Infrastructure;
using ChandlerLoop.Mqtt;

namespace ChandlerLoop.Host.Tests.Cli;

/// <summary>
/// The generated files run the real Mosquitto 2.0: passwords hashed by us are accepted (and a wrong
/// one refused), the ACL confines each rig to its own topics, and `chandler sim` connects its rigs
/// with the generated credentials. Installed as the deployment note says: passwd and acl owned by
/// group mosquitto (0640), because Mosquitto started as root reads them as user mosquitto.
/// </summary>
public sealed class BrokerMosquittoTests
{
    [Fact]
    public async Task Generated_password_file_and_acl_work_in_mosquitto()
    {
        using var cli = new CliHarness();
        var (folder, port) = await GenerateAsync(cli, "rig-01,rig-02");
        await using var broker = await MosquittoProcess.StartAsync(Path.Combine(folder, "mosquitto.conf"), port);

        await using var host = await ConnectAsync(port, "chandler-host", Password(folder, "chandler-host"), "host", broker);
        var received = new ConcurrentQueue<string>();
        host.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue(e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        };
        var subscribed = await host.SubscribeAsync("chandler/v1/#", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.True(subscribed.Items[0].IsSuccess, broker.Log);

        await using var rig = await ConnectAsync(port, "rig-01", Password(folder, "rig-01"), "rig-01", broker);
        await rig.PublishAsync(Message("chandler/v1/rig-02/status", "forged"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "own"));
        await WaitAsync(() => received.Contains("chandler/v1/rig-01/status"), broker);
        await Task.Delay(200);
        Assert.DoesNotContain("chandler/v1/rig-02/status", received);

        await using var wrong = new MqttClient(Options(port, "rig-02", Password(folder, "rig-01"), "rig-02-wrong").Build());
        await Assert.ThrowsAsync<MqttConnectingFailedException>(() => wrong.ConnectAsync());
        Assert.False(wrong.IsConnected);
    }

    [Fact]
    public async Task Sim_runs_rigs_against_mosquitto_with_the_generated_credentials_and_applies_the_schedule()
    {
        using var cli = new CliHarness();
        var (folder, port) = await GenerateAsync(cli, "rig-01,rig-02");
        await using var broker = await MosquittoProcess.StartAsync(Path.Combine(folder, "mosquitto.conf"), port);

        var run = await cli.RunAsync("sim", "--broker", "127.0.0.1:" + port, "--rigs", "2", "--speed", "600", "--duration", "20s",
            "--credentials", Path.Combine(folder, "credentials"), "--fault", "rig-01:control-sensor-open@5s");

        Assert.True(run.ExitCode == 0, run + broker.Log);
        Assert.Contains("t=5s --fault rig-01:control-sensor-open@5s", run.Out, StringComparison.Ordinal);
        Assert.Contains("rig-01: state Idle, fault ControlSensorInvalid", run.Out, StringComparison.Ordinal);
        Assert.Contains("rig-02: state Idle, fault None", run.Out, StringComparison.Ordinal);
        Assert.Contains("RESULT sim rigs=2 simulated_seconds=20", run.Out, StringComparison.Ordinal);

        await using var host = await ConnectAsync(port, "chandler-host", Password(folder, "chandler-host"), "host", broker);
        var retained = new ConcurrentQueue<string>();
        host.ApplicationMessageReceivedAsync += e =>
        {
            retained.Enqueue(e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        };
        await host.SubscribeAsync("chandler/v1/+/status", MqttQualityOfServiceLevel.AtLeastOnce);
        await WaitAsync(() => retained.Contains("chandler/v1/rig-01/status") && retained.Contains("chandler/v1/rig-02/status"), broker);
    }

    private static async Task<(string Folder, int Port)> GenerateAsync(CliHarness cli, string rigs)
    {
        var folder = Path.Combine(cli.Root, "broker");
        var data = Path.Combine(cli.Root, "mosquitto-data");
        var port = MosquittoProcess.FreeLoopbackPort();
        var run = await cli.RunAsync("broker", "config", "--out", folder, "--rigs", rigs, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--persistence-dir", data);
        Assert.True(run.ExitCode == 0, run.ToString());
        Directory.CreateDirectory(data);
        await MosquittoProcess.RunToolAsync("chmod", "755", cli.Root, folder);
        await MosquittoProcess.RunToolAsync("chown", "root:mosquitto", Path.Combine(folder, "passwd"), Path.Combine(folder, "acl"));
        await MosquittoProcess.RunToolAsync("chown", "mosquitto", data);
        return (folder, port);
    }

    private static string Password(string folder, string user) =>
        File.ReadAllLines(Path.Combine(folder, "credentials", user + ".credentials")).Single(l => l.StartsWith("password=", StringComparison.Ordinal))["password=".Length..];

    private static MqttClientOptionsBuilder Options(int port, string user, string password, string clientId) =>
        new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(clientId).WithCredentials(user, password)
            .WithCleanSession(true).WithTimeout(TimeSpan.FromSeconds(5));

    private static async Task<MqttClient> ConnectAsync(int port, string user, string password, string clientId, MosquittoProcess broker)
    {
        var client = new MqttClient(Options(port, user, password, clientId).Build());
        try
        {
            await client.ConnectAsync();
        }
        catch (Exception e)
        {
            await client.DisposeAsync();
            throw new InvalidOperationException(user + " could not connect: " + e.Message + "\n" + broker.Log, e);
        }

        return client;
    }

    private static MqttApplicationMessage Message(string topic, string payload) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();

    private static async Task WaitAsync(Func<bool> condition, MosquittoProcess broker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out; mosquitto log:\n" + broker.Log);
            await Task.Delay(20);
        }
    }
}
