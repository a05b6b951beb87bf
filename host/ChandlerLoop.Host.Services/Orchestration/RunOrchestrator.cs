using System.Collections.Concurrent;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Deviations;
using ChandlerLoop.Host.Services.Ingest;
using ChandlerLoop.Host.Services.Messaging;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Commands;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// Runs a run on its rig (DOMAIN §4, docs/protocol.md): sends the operator's commands (start pre-warm,
/// confirm loaded, acknowledge a sample, abort, identify) QoS 1 on <c>chandler/v1/{rig}/commands</c> and
/// waits for each <c>command_result</c>, re-publishing the same id after a time-out; keeps the run's
/// <see cref="ChandlerLoop.Data.Entities.Run.State"/> and time stamps in step with the rig's
/// <c>state_changed</c> events; records samples from <c>sample_taken</c>; records deviations for rig faults,
/// rig reboots (the run ends <c>Aborted</c>, "rig rebooted") and telemetry the rig no longer holds; asks for
/// the records sent while the host was away when a rig reconnects with the same run. The events themselves
/// are stored by <see cref="TelemetryIngest"/>, not here.
/// </summary>
/// <remarks>
/// Nothing here throws on a payload or a database failure in the message path: problems are logged.
/// Commands are refused before sending with a <see cref="HostRefusals"/> reason when the run or rig does
/// not allow them. Thread-safe; events (<see cref="RunChanged"/>, <see cref="SampleDue"/>) are raised on
/// the MQTT client's handler thread and a handler's exception is logged, not propagated.
/// </remarks>
public sealed partial class RunOrchestrator : IAsyncDisposable
{
    /// <summary>The subscription filter for events.</summary>
    public const string EventsFilter = RigTopics.Prefix + "+/events";

    /// <summary>The subscription filter for status.</summary>
    public const string StatusFilter = RigTopics.Prefix + "+/status";

    private readonly IMqttClient _client;
    private readonly ChandlerDbContextFactory _databases;
    private readonly RunOrchestratorOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly TelemetryIngest? _ingest;
    private readonly CommandIdGenerator _commandIds;
    private readonly DeviationRecorder _deviations;
    private readonly CommandTracker _commands = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, RigWatch> _rigs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string RunKey, int ScheduleIndex), string> _acknowledgedBy = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _background = new();
    private long _backgroundIds;
    private int _started;
    private int _disposed;

    /// <summary>Creates the orchestrator; call <see cref="StartAsync"/> once the client is connected.</summary>
    /// <param name="client">A connected MQTT client (may be shared with the registry and the ingest).</param>
    /// <param name="databases">Where runs, samples and deviations live.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="clock">Every "now" (time stamps, time-outs); <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Where problems are logged; nothing when null.</param>
    /// <param name="ingest">
    /// The ingest storing the same rigs' telemetry, when there is one: its trackers are released when runs
    /// end and the gaps it gives up on become <c>telemetry_lost</c> deviations.
    /// </param>
    /// <param name="commandIds">Source of command ids; a new generator (start time + random tag, unique across restarts) when null.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    public RunOrchestrator(
        IMqttClient client,
        ChandlerDbContextFactory databases,
        RunOrchestratorOptions? options = null,
        TimeProvider? clock = null,
        ILogger<RunOrchestrator>? logger = null,
        TelemetryIngest? ingest = null,
        CommandIdGenerator? commandIds = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(databases);
        _options = options ?? new RunOrchestratorOptions();
        var error = _options.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        _client = client;
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _ingest = ingest;
        _commandIds = commandIds ?? new CommandIdGenerator();
        _deviations = new DeviationRecorder(databases, _clock);
    }

    /// <summary>Raised after a run's state, time stamps, samples or deviations changed (argument: the run's database id).</summary>
    public event Action<long>? RunChanged;

    /// <summary>Raised when the rig says a sample is due: run id, schedule index (0-based), planned offset in minutes.</summary>
    public event Action<long, int, double>? SampleDue;

    /// <summary>Commands sent and not yet answered (including given-up ones kept for a late answer).</summary>
    public int PendingCommandCount => _commands.Count;

    /// <summary>
    /// Attaches to the client, subscribes to every rig's events and status (QoS 1) and resumes tracking the
    /// runs the database holds as active (pre-warming .. sample due): the retained status of each rig then
    /// brings their state up to date, and the records sent while the host was away are asked for.
    /// </summary>
    /// <exception cref="InvalidOperationException">Already started, or the broker refused a subscription.</exception>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The run orchestrator is already started.");
        }

        var active = await LoadActiveRunsAsync(ct).ConfigureAwait(false);
        foreach (var run in active)
        {
            _logger.LogInformation("Resuming run {RunKey} on rig {RigKey} in state {State}", run.RunKey, run.RigKey, run.State);
        }

        if (_ingest is not null)
        {
            _ingest.GapAbandoned += OnGapAbandoned;
        }

        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        await Subscriptions.SubscribeOrThrowAsync(_client, StatusFilter, ct).ConfigureAwait(false);
        await Subscriptions.SubscribeOrThrowAsync(_client, EventsFilter, ct).ConfigureAwait(false);
    }

    /// <summary>Detaches from the client; commands still waiting end as timed out, late answers are no longer applied.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _client.ApplicationMessageReceivedAsync -= OnMessageAsync;
        if (_ingest is not null)
        {
            _ingest.GapAbandoned -= OnGapAbandoned;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_background.Values).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Delayed releases stop with the orchestrator.
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        _gate.Release();
        _stopping.Dispose();
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!RigTopics.TryParse(message.Topic, out var topic) || topic.Kind is not (RigTopicKind.Events or RigTopicKind.Status))
        {
            return;
        }

        var decoded = ProtocolJson.Decode(message.Topic, message.Payload.Span);
        try
        {
            switch (decoded.Message)
            {
                case CommandResultEvent result:
                    if (NoteEventSequence(result, out var watch))
                    {
                        await WithGateAsync(() => OnRebootSignalLockedAsync(watch, result.RunId, EventSequenceRestarted)).ConfigureAwait(false);
                    }

                    await OnCommandResultAsync(result).ConfigureAwait(false);
                    break;
                case RigEvent rigEvent:
                    await WithGateAsync(() => OnEventLockedAsync(rigEvent)).ConfigureAwait(false);
                    break;
                case RigStatus status:
                    await WithGateAsync(() => OnStatusLockedAsync(status)).ConfigureAwait(false);
                    break;
                default:
                    _logger.LogDebug("Ignored a payload on {Topic} that does not decode: {Rejection}", message.Topic, decoded.Rejection);
                    break;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            _logger.LogError(exception, "Could not handle a message on {Topic}", message.Topic);
        }
    }

    private async Task WithGateAsync(Func<Task> action)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void RaiseRunChanged(long runId)
    {
        try
        {
            RunChanged?.Invoke(runId);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "A RunChanged handler failed for run {RunId}", runId);
        }
    }

    private void RaiseSampleDue(long runId, int scheduleIndex, double offsetMinutes)
    {
        try
        {
            SampleDue?.Invoke(runId, scheduleIndex, offsetMinutes);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "A SampleDue handler failed for run {RunId}", runId);
        }
    }
}
