namespace ChandlerLoop.Mqtt.Tests.Options;

public class MqttClientOptionsBuilderTests
{
    private static string Problems(Action<MqttClientOptionsBuilder> configure)
    {
        var builder = new MqttClientOptionsBuilder().WithTcpServer("localhost", 1883);
        configure(builder);
        return Assert.Throws<MqttConfigurationException>(() => builder.Build()).Message;
    }

    [Fact]
    public void DefaultsAreValidAndDocumented()
    {
        MqttClientOptions options = new MqttClientOptionsBuilder().WithTcpServer("broker.lab", 8883).Build();

        Assert.Equal("broker.lab", options.Host);
        Assert.Equal(8883, options.Port);
        Assert.Matches("^cl[0-9a-f]{20}$", options.ClientId);
        Assert.True(options.CleanSession);
        Assert.Equal(TimeSpan.FromSeconds(15), options.KeepAlivePeriod);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.False(options.IsAutoReconnectEnabled);
        Assert.Equal(MqttOfflineQueuePolicy.RejectNew, options.OfflineQueuePolicy);
        Assert.Equal(1024 * 1024, options.MaximumIncomingPacketSizeBytes);
    }

    [Fact]
    public void GeneratedClientIdsDiffer()
    {
        Assert.NotEqual(new MqttClientOptionsBuilder().Build().ClientId, new MqttClientOptionsBuilder().Build().ClientId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void PortOutOfRangeIsRefused(int port) =>
        Assert.Contains($"port {port} is out of range", Problems(b => b.WithTcpServer("localhost", port)));

    [Fact]
    public void FractionalOrTooLongKeepAliveIsRefused()
    {
        Assert.Contains("whole seconds", Problems(b => b.WithKeepAlivePeriod(TimeSpan.FromSeconds(1.5))));
        Assert.Contains("whole seconds", Problems(b => b.WithKeepAlivePeriod(TimeSpan.FromSeconds(65536))));
    }

    [Fact]
    public void PersistentSessionWithoutClientIdIsRefused() =>
        Assert.Contains("needs a client id", Problems(b => b.WithClientId(string.Empty).WithCleanSession(false)));

    [Fact]
    public void WillWithWildcardTopicIsRefused() =>
        Assert.Contains("Will message", Problems(b => b.WithWillMessage(new MqttApplicationMessage { Topic = "chandler/v1/#" })));

    [Fact]
    public void ReconnectSettingsAreChecked()
    {
        string problems = Problems(b => b.WithAutoReconnect(new MqttReconnectOptions
        {
            InitialDelay = TimeSpan.FromSeconds(10),
            MaxDelay = TimeSpan.FromSeconds(5),
            JitterFraction = 1.5,
        }));

        Assert.Contains("MaxDelay", problems);
        Assert.Contains("JitterFraction 1.5", problems);
    }

    [Fact]
    public void ReconnectOptionsAreCopiedSoLaterChangesDoNotLeakIn()
    {
        var reconnect = new MqttReconnectOptions { InitialDelay = TimeSpan.FromSeconds(2) };
        MqttClientOptions options = new MqttClientOptionsBuilder().WithAutoReconnect(reconnect).Build();
        reconnect.InitialDelay = TimeSpan.FromSeconds(-1);
        Assert.Equal(TimeSpan.FromSeconds(2), options.ReconnectOptions!.InitialDelay);
    }

    [Fact]
    public void OfflineQueueCapacityMustBePositive() =>
        Assert.Contains("offline queue capacity 0", Problems(b => b.WithOfflineQueue(0, MqttOfflineQueuePolicy.DropOldest)));

    [Fact]
    public void TimeoutMustBePositive() =>
        Assert.Contains("timeout", Problems(b => b.WithTimeout(TimeSpan.Zero)));

    [Fact]
    public void MissingTlsFilesAreReportedWithTheirPath()
    {
        string problems = Problems(b => b.WithTlsOptions(new MqttClientTlsOptions { CaCertificateFile = "/nonexistent/ca.crt" }));
        Assert.Contains("\"/nonexistent/ca.crt\" does not exist", problems);
    }

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        string problems = Problems(b => b.WithTcpServer(" ", 0).WithTimeout(TimeSpan.FromSeconds(-1)));
        Assert.Contains("host is empty", problems);
        Assert.Contains("port 0", problems);
        Assert.Contains("timeout", problems);
    }

    [Fact]
    public void TcpClientWithoutServerIsRefusedWithAFix()
    {
        MqttClientOptions options = new MqttClientOptionsBuilder().Build();
        var error = Assert.Throws<MqttConfigurationException>(() => new MqttClient(options));
        Assert.Contains("WithTcpServer", error.Message);
    }
}
