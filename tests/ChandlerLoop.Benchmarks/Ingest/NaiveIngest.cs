using System.Threading.Channels;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// The baseline: what a straightforward ingest does — decode each telemetry message and write it with
/// its own <c>SaveChanges</c> (one transaction, one WAL commit per record), in arrival order. Run ids are
/// looked up in a dictionary filled up front, so only the per-record write is measured.
/// </summary>
internal sealed class NaiveIngest : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly BenchmarkDatabase _database;
    private readonly Dictionary<string, long> _runIds = new(StringComparer.Ordinal);
    private readonly Channel<TelemetryRecord> _queue = Channel.CreateUnbounded<TelemetryRecord>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource _stop = new();
    private Task? _writer;
    private long _stored;
    private int _backlog;

    public NaiveIngest(IMqttClient client, BenchmarkDatabase database)
    {
        _client = client;
        _database = database;
        for (var i = 0; i < database.RunIds.Length; i++)
        {
            _runIds.Add(BenchmarkDatabase.RunKey(i), database.RunIds[i]);
        }
    }

    public long Stored => Interlocked.Read(ref _stored);

    public int Backlog => Volatile.Read(ref _backlog);

    public async Task StartAsync()
    {
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        await _client.SubscribeAsync("chandler/v1/+/telemetry", MqttQualityOfServiceLevel.AtLeastOnce);
        _writer = Task.Run(WriteAsync);
    }

    public async ValueTask DisposeAsync()
    {
        _client.ApplicationMessageReceivedAsync -= OnMessageAsync;
        await _stop.CancelAsync();
        if (_writer is not null)
        {
            await _writer;
        }

        _stop.Dispose();
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (ProtocolJson.Decode(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.Span).Message is TelemetryRecord record)
        {
            Interlocked.Increment(ref _backlog);
            _queue.Writer.TryWrite(record);
        }

        return Task.CompletedTask;
    }

    private async Task WriteAsync()
    {
        await using var db = _database.Factory.CreateDbContext();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stop.Token))
            {
                while (_queue.Reader.TryRead(out var record))
                {
                    db.TelemetryPoints.Add(new TelemetryPoint
                    {
                        RunId = _runIds[record.RunId!],
                        Sequence = (int)record.Sequence,
                        TimeSinceBootSeconds = record.TimeSinceBootSeconds,
                        ReceivedAtUtc = DateTime.UtcNow,
                        State = ProtocolNames.ToWire(record.State),
                        ControlTemperatureCelsius = record.ControlTemperatureCelsius,
                        SafetyTemperatureCelsius = record.SafetyTemperatureCelsius,
                        SetpointCelsius = record.SetpointCelsius,
                        HeaterDutyCycle = record.HeaterDutyCycle,
                        DrumSpeedRpm = record.DrumSpeedRpm,
                        DrumSpeedSetpointRpm = record.DrumSpeedSetpointRpm,
                        ExposureSeconds = record.ExposureSeconds,
                        Fault = ProtocolNames.ToWire(record.Fault),
                    });
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    Interlocked.Increment(ref _stored);
                    Interlocked.Decrement(ref _backlog);
                    if (_stop.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
