using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Tests.Infrastructure;

namespace ChandlerLoop.Host.Services.Tests.Ingest;

public sealed class TelemetryIngestOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Null(new TelemetryIngestOptions().Validate());
    }

    [Theory]
    [InlineData(0, 500, 100_000, 2, 30, "FlushInterval")]
    [InlineData(200, 0, 100_000, 2, 30, "MaximumBatchRecords")]
    [InlineData(200, 500, 100, 2, 30, "MaximumPendingRecords")]
    [InlineData(200, 500, 100_000, -1, 30, "BackfillGracePeriod")]
    [InlineData(200, 500, 100_000, 2, 0, "BackfillRepeatInterval")]
    public void An_invalid_setting_is_named_in_the_error(int flushMs, int batch, int pending, int graceS, int repeatS, string setting)
    {
        var options = new TelemetryIngestOptions
        {
            FlushInterval = TimeSpan.FromMilliseconds(flushMs),
            MaximumBatchRecords = batch,
            MaximumPendingRecords = pending,
            BackfillGracePeriod = TimeSpan.FromSeconds(graceS),
            BackfillRepeatInterval = TimeSpan.FromSeconds(repeatS),
        };

        Assert.StartsWith(setting, options.Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingest_refuses_invalid_options()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var broker = new Mqtt.InProcessMqttBroker();
        await using var client = broker.CreateClient(new Mqtt.MqttClientOptionsBuilder().WithClientId("x").Build());

        var error = Assert.Throws<ArgumentException>(() =>
            new TelemetryIngest(client, database.Factory, new TelemetryIngestOptions { MaximumBatchRecords = 0 }));
        Assert.Contains("MaximumBatchRecords", error.Message, StringComparison.Ordinal);
    }
}
