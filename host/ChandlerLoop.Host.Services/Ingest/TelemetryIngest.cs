using System.Collections.Concurrent;
using System.Text;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Messaging;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Commands;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Telemetry;
using ChandlerLoop.Protocol.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Stores what rigs publish on <c>chandler/v1/+/telemetry</c> and <c>chandler/v1/+/events</c>, and asks
/// rigs to back-fill what was lost (docs/protocol.md, "Back-fill").
/// <list type="bullet">
/// <item>Payloads are decoded with <see cref="ProtocolJson.Decode"/>; one that does not decode is counted
/// and logged, never thrown.</item>
/// <item>Telemetry of a run (<c>run</c> not null) whose <see cref="ChandlerLoop.Data.Entities.Run"/> exists
/// (by <c>RunKey</c>, on the same rig) becomes a <see cref="ChandlerLoop.Data.Entities.TelemetryPoint"/>.
/// Records are written in batches (every <see cref="TelemetryIngestOptions.FlushInterval"/> or
/// <see cref="TelemetryIngestOptions.MaximumBatchRecords"/> records), one transaction each, at most once
/// per (run, seq): duplicates and replays of stored records are dropped before the insert, so they never
/// add a row nor fail the batch. A batch that cannot be written is kept and retried.</item>
/// <item>Events become <see cref="ChandlerLoop.Data.Entities.RigEvent"/> rows with their payload as received.</item>
/// <item>Each (rig, run) has a <see cref="TelemetrySequenceTracker"/>, seeded from the stored rows when the
/// run is first seen (so a host restart does not re-request what is stored). A gap open longer than
/// <see cref="TelemetryIngestOptions.BackfillGracePeriod"/> is asked for with a
/// <see cref="ChandlerLoop.Protocol.Messages.Commands.BackfillCommand"/> (QoS 1, the rig's commands topic),
/// again at most every <see cref="TelemetryIngestOptions.BackfillRepeatInterval"/>.</item>
/// </list>
/// Records are acknowledged to the broker when queued, not when written: one lost in a host crash shows
/// up as a gap (the tracker is rebuilt from the database) and is back-filled. Only gaps below the
/// highest received sequence are visible; records lost after it appear as a gap once a newer one arrives.
/// </summary>
public sealed partial class TelemetryIngest : IAsyncDisposable
{
    /// <summary>The subscription filter for telemetry.</summary>
    public const string TelemetryFilter = RigTopics.Prefix + "+/telemetry";

    /// <summary>The subscription filter for events.</summary>
    public const string EventsFilter = RigTopics.Prefix + "+/events";

    private readonly IMqttClient _client;
    private readonly TelemetryIngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly CommandIdGenerator _commandIds;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<PendingTelemetry> _telemetry = new();
    private readonly ConcurrentQueue<PendingEvent> _events = new();
    private readonly RecentEventKeys _recentEvents = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private int _pendingCount;
    private int _started;
    private int _disposed;
    private Task? _loop;

    /// <summary>Creates the ingest; call <see cref="StartAsync"/> once the client is connected.</summary>
    /// <param name="client">A connected MQTT client (may be shared with other services).</param>
    /// <param name="databases">Where runs, telemetry and events live.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="clock">Time of receipt and of the back-fill schedule; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="commandIds">Source of back-fill command ids; a new random-tagged generator when null.</param>
    /// <param name="logger">Where problems are logged; nothing when null.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    public TelemetryIngest(
        IMqttClient client,
        ChandlerDbContextFactory databases,
        TelemetryIngestOptions? options = null,
        TimeProvider? clock = null,
        CommandIdGenerator? commandIds = null,
        ILogger<TelemetryIngest>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(databases);
        _options = options ?? new TelemetryIngestOptions();
        var error = _options.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        _client = client;
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        _commandIds = commandIds ?? new CommandIdGenerator();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _directory = new RunDirectory(databases);
        _scheduler = new BackfillScheduler(_options.BackfillGracePeriod, _options.BackfillRepeatInterval, _options.BackfillMaximumRequests);
    }

    /// <summary>What the ingest has done so far.</summary>
    public TelemetryIngestCounters Counters => _counters.Snapshot();

    /// <summary>Records and events received and not yet written.</summary>
    public int PendingCount => Volatile.Read(ref _pendingCount);

    /// <summary>
    /// Attaches to the client, subscribes to telemetry and events (QoS 1) and starts writing every
    /// <see cref="TelemetryIngestOptions.FlushInterval"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Already started, or the broker refused a subscription.</exception>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The telemetry ingest is already started.");
        }

        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        await Subscriptions.SubscribeOrThrowAsync(_client, TelemetryFilter, ct).ConfigureAwait(false);
        await Subscriptions.SubscribeOrThrowAsync(_client, EventsFilter, ct).ConfigureAwait(false);
        _loop = Task.Run(() => RunLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Detaches from the client, stops the loop and writes what is still pending (best effort).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _client.ApplicationMessageReceivedAsync -= OnMessageAsync;
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        try
        {
            await WritePendingAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Could not write the last {Count} pending records", PendingCount);
        }

        _stopping.Dispose();
        _wake.Dispose();
        _gate.Dispose();
    }

    private async Task RunLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(_options.FlushInterval, ct).ConfigureAwait(false);
                await FlushAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Telemetry flush failed; retrying in {Interval}", _options.FlushInterval);
            }
        }
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!RigTopics.TryParse(message.Topic, out var topic) || topic.Kind is not (RigTopicKind.Telemetry or RigTopicKind.Events))
        {
            return Task.CompletedTask;
        }

        var decoded = ProtocolJson.Decode(message.Topic, message.Payload.Span);
        var now = _clock.GetUtcNow();
        switch (decoded.Message)
        {
            case TelemetryRecord record:
                Interlocked.Increment(ref _counters.ReceivedTelemetry);
                if (record.RunId is null)
                {
                    Interlocked.Increment(ref _counters.NoRunTelemetry);
                    break;
                }

                _telemetry.Enqueue(new PendingTelemetry(record, now));
                Added();
                break;
            case RigEvent rigEvent:
                if (!_recentEvents.TryAdd(rigEvent.RigId, rigEvent.EventSequence, rigEvent.TimeSinceBootSeconds))
                {
                    Interlocked.Increment(ref _counters.DuplicateEvents);
                    break;
                }

                _events.Enqueue(new PendingEvent(rigEvent, Encoding.UTF8.GetString(message.Payload.Span), now));
                Added();
                break;
            default:
                Interlocked.Increment(ref _counters.Undecodable);
                _logger.LogWarning("Ignored a payload on {Topic} that does not decode: {Rejection}", message.Topic, decoded.Rejection);
                break;
        }

        return Task.CompletedTask;
    }

    private void Added()
    {
        var pending = Interlocked.Increment(ref _pendingCount);
        while (pending > _options.MaximumPendingRecords && (_telemetry.TryDequeue(out _) || _events.TryDequeue(out _)))
        {
            pending = Interlocked.Decrement(ref _pendingCount);
            if (Interlocked.Increment(ref _counters.DroppedPending) == 1)
            {
                _logger.LogError("More than {Maximum} records wait for the database: dropping the oldest", _options.MaximumPendingRecords);
            }
        }

        if (pending >= _options.MaximumBatchRecords && _wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another message woke the loop already.
            }
        }
    }
}
