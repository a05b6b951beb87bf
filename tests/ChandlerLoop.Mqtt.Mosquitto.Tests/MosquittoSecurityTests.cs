using ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;
using static ChandlerLoop.Mqtt.Mosquitto.Tests.MosquittoClients;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests;

/// <summary>Passwords, the rig ACL and TLS against a real Mosquitto.</summary>
public sealed class MosquittoSecurityTests
{
    [Fact]
    public async Task Wrong_password_fails_with_a_connect_refusal_that_names_the_credentials()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var client = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port).WithClientId("rig-01")
            .WithCredentials("rig-01", "wrong-password").WithTimeout(TimeSpan.FromSeconds(5)).Build());

        var error = await Assert.ThrowsAsync<MqttConnectingFailedException>(() => client.ConnectAsync());

        // MQTT 3.1.1 defines CONNACK 4 for this, but Mosquitto 2.0 answers every failed password
        // check with 5 (not authorized); our client maps both to a message that names the credentials.
        Assert.True(error.ResultCode is MqttClientConnectResultCode.NotAuthorized or MqttClientConnectResultCode.BadUserNameOrPassword,
            broker.Describe("unexpected CONNACK " + error.ResultCode));
        Assert.Contains("credentials", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task Rig_never_receives_another_rigs_commands()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var snoop = await ConnectedAsync(broker, Options(broker, "rig-01", "rig-01"));
        var snooped = new ReceivedMessages(snoop);
        var subscription = await snoop.SubscribeAsync("chandler/v1/rig-02/commands", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var target = await ConnectedAsync(broker, Options(broker, "rig-02", "rig-02"));
        var delivered = new ReceivedMessages(target);
        await SubscribeAsync(broker, target, "chandler/v1/rig-02/commands");
        await using var host = await ConnectedAsync(broker, Options(broker, "host", MosquittoConfiguration.HostUser));

        await host.PublishAsync(Message("chandler/v1/rig-02/commands", "{\"type\":\"command\"}"));

        Assert.Equal("{\"type\":\"command\"}", ReceivedMessages.Text(await delivered.NextAsync()));
        Assert.True(await snooped.NothingWithinAsync(300), broker.Describe("rig-01 received rig-02's command"));

        // Mosquitto 2.0's acl_file does not check subscriptions: it grants them and filters each
        // message on delivery (the in-process broker refuses them with a SUBACK failure instead).
        // If this starts failing, Mosquitto now refuses them: update docs/mqtt.md.
        Assert.True(subscription.Items[0].IsSuccess, broker.Describe("Mosquitto now refuses ACL-denied subscriptions"));
    }

    [Fact]
    public async Task Rig_publishing_to_another_rigs_topic_is_acknowledged_but_never_delivered()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var host = await ConnectedAsync(broker, Options(broker, "host", MosquittoConfiguration.HostUser));
        var received = new ReceivedMessages(host);
        await SubscribeAsync(broker, host, "chandler/v1/+/#");
        await using var rig = await ConnectedAsync(broker, Options(broker, "rig-01", "rig-01"));

        var forged = await rig.PublishAsync(Message("chandler/v1/rig-02/status", "forged"));
        var commandToItself = await rig.PublishAsync(Message("chandler/v1/rig-01/commands", "forged"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "genuine"));

        // MQTT 3.1.1 has no way to refuse a publish: Mosquitto acknowledges it and drops it.
        Assert.True(forged.IsSuccess && commandToItself.IsSuccess);
        Assert.Equal("genuine", ReceivedMessages.Text(await received.NextAsync()));
        Assert.True(await received.NothingWithinAsync(300), broker.Describe("a forged message was delivered"));
        Assert.Contains("Denied PUBLISH", broker.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_connection_is_accepted_with_the_ca_and_refused_without_it()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoConfiguration { Tls = true });
        MqttClientOptionsBuilder TlsOptions(string? caFile) => Options(broker, "tester-tls")
            .WithTcpServer(broker.Host, broker.TlsPort)
            .WithTlsOptions(new MqttClientTlsOptions { CaCertificateFile = caFile, TargetHost = "localhost" });

        await using var trusted = await ConnectedAsync(broker, TlsOptions(broker.Certificates!.CaCertificateFile));
        var received = new ReceivedMessages(trusted);
        await SubscribeAsync(broker, trusted, "test/tls");
        await trusted.PublishAsync(Message("test/tls", "secret"));
        await using var untrusted = new MqttClient(TlsOptions(null).Build());
        var error = await Assert.ThrowsAsync<MqttCommunicationException>(() => untrusted.ConnectAsync());

        Assert.Equal("secret", ReceivedMessages.Text(await received.NextAsync()));
        Assert.Contains("certificate", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(untrusted.IsConnected);
    }

    [Fact]
    public async Task Listener_requiring_a_client_certificate_accepts_one_from_the_ca_and_refuses_none()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoConfiguration { ClientCertificateListener = true });
        var certificates = broker.Certificates!;
        MqttClientOptionsBuilder TlsOptions(bool withCertificate) => Options(broker, "tester-cert")
            .WithTcpServer(broker.Host, broker.ClientCertificateTlsPort)
            .WithTlsOptions(new MqttClientTlsOptions
            {
                CaCertificateFile = certificates.CaCertificateFile,
                ClientCertificateFile = withCertificate ? certificates.ClientCertificateFile : null,
                ClientKeyFile = withCertificate ? certificates.ClientKeyFile : null,
                TargetHost = "localhost",
            });

        await using (var withCertificate = await ConnectedAsync(broker, TlsOptions(true)))
        {
            Assert.True(withCertificate.IsConnected);
            await withCertificate.DisconnectAsync();
        }

        await using var without = new MqttClient(TlsOptions(false).Build());
        var error = await Assert.ThrowsAnyAsync<Exception>(() => without.ConnectAsync());

        Assert.True(error is MqttCommunicationException, broker.Describe("expected MqttCommunicationException, got " + error));
        Assert.False(without.IsConnected);
    }
}
