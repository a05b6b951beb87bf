using static ChandlerLoop.Mqtt.Tests.InProcess.InProcessTestKit;

namespace ChandlerLoop.Mqtt.Tests.InProcess;

/// <summary>User names, passwords and the ACL of the in-process broker, with the rig protocol's rules.</summary>
public sealed class InProcessSecurityTests
{
    private static InProcessMqttBroker RigBroker() => new(new InProcessBrokerOptions
    {
        Users = new Dictionary<string, string> { ["host"] = "h-pass", ["rig-01"] = "r1-pass", ["rig-02"] = "r2-pass" },
        Authorize = RigAcl,
    });

    // The ACL of docs/protocol.md: the host reads every rig and writes every rig's commands; a rig
    // (user name = rig id) writes only its own status/telemetry/events and reads only its own commands.
    private static bool RigAcl(InProcessAclRequest request)
    {
        if (request.UserName == "host")
        {
            return request.Access == InProcessMqttAccess.Publish
                ? MqttTopicFilter.Matches("chandler/v1/+/commands", request.Topic)
                : request.Topic.StartsWith("chandler/v1/", StringComparison.Ordinal);
        }

        var own = "chandler/v1/" + request.UserName + "/";
        return request.Access == InProcessMqttAccess.Publish
            ? request.Topic is var t && (t == own + "status" || t == own + "telemetry" || t == own + "events")
            : request.Topic == own + "commands";
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_bad_user_name_or_password()
    {
        await using var broker = RigBroker();
        await using var client = broker.CreateClient(Options("rig-01").WithCredentials("rig-01", "wrong").Build());

        var error = await Assert.ThrowsAsync<MqttConnectingFailedException>(() => client.ConnectAsync());

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, error.ResultCode);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task After_a_refused_connect_publishing_fails_instead_of_queueing_for_a_reconnect_that_never_comes()
    {
        await using var broker = RigBroker();
        await using var client = broker.CreateClient(Options("rig-01").WithCredentials("rig-01", "wrong")
            .WithAutoReconnect(FastReconnect).Build());
        await Assert.ThrowsAsync<MqttConnectingFailedException>(() => client.ConnectAsync());

        await Assert.ThrowsAsync<MqttCommunicationException>(() => client.PublishAsync(Message("chandler/v1/rig-01/status", "x")).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Missing_credentials_are_refused_with_not_authorized()
    {
        await using var broker = RigBroker();
        await using var client = broker.CreateClient(Options("rig-01").Build());

        var error = await Assert.ThrowsAsync<MqttConnectingFailedException>(() => client.ConnectAsync());

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, error.ResultCode);
        Assert.Contains("WithCredentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rig_subscribing_to_another_rigs_commands_gets_a_suback_failure_with_a_reason()
    {
        await using var broker = RigBroker();
        await using var rig = await ConnectedAsync(broker, Options("rig-01").WithCredentials("rig-01", "r1-pass"));

        var own = await rig.SubscribeAsync("chandler/v1/rig-01/commands", MqttQualityOfServiceLevel.AtLeastOnce);
        var other = await rig.SubscribeAsync("chandler/v1/rig-02/commands", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(own.Items[0].IsSuccess);
        Assert.True(other.Items[0].IsFailure);
        Assert.Contains("ACL", other.Items[0].ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rig_publishing_to_another_rigs_topic_is_acknowledged_but_never_delivered()
    {
        await using var broker = RigBroker();
        await using var host = await ConnectedAsync(broker, Options("host").WithCredentials("host", "h-pass"));
        var received = new ReceivedMessages(host);
        await host.SubscribeAsync("chandler/v1/+/#", MqttQualityOfServiceLevel.AtLeastOnce);
        await using var rig = await ConnectedAsync(broker, Options("rig-01").WithCredentials("rig-01", "r1-pass"));

        var forged = await rig.PublishAsync(Message("chandler/v1/rig-02/status", "forged"));
        await rig.PublishAsync(Message("chandler/v1/rig-01/status", "genuine"));

        Assert.True(forged.IsSuccess);
        Assert.Equal("genuine", ReceivedMessages.Text(await received.NextAsync()));
        Assert.True(await received.NothingWithinAsync());
        Assert.Equal(1, broker.DeniedPublishCount);
    }
}
