using System.Diagnostics.CodeAnalysis;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Services.Messaging;
using ChandlerLoop.Host.Services.Records;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChandlerLoop.Host.Services.Registry;

/// <summary>
/// Keeps every rig's presence from its retained <c>status</c> topic (<c>chandler/v1/+/status</c>): online
/// or offline (the broker publishes the rig's will, a retained offline status, when its connection is
/// lost), run state, firmware, current run, fault and when it was last seen. Each status also upserts
/// the rig's <see cref="ChandlerLoop.Data.Entities.Rig"/> row: created (named after its key) when new;
/// firmware version and last seen (UTC) updated from an online status. The will says nothing about when
/// the rig was last heard, so it changes neither.
/// </summary>
/// <remarks>
/// Payloads that do not decode are counted (<see cref="UndecodableCount"/>) and logged, never thrown. A
/// failed database write is counted (<see cref="DatabaseFailureCount"/>) and logged; the in-memory
/// presence is updated regardless. Thread-safe.
/// </remarks>
public sealed class RigRegistry : IAsyncDisposable
{
    /// <summary>The subscription filter: every rig's status.</summary>
    public const string StatusFilter = RigTopics.Prefix + "+/status";

    private readonly IMqttClient _client;
    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RigPresence> _rigs = new(StringComparer.Ordinal);
    private long _statusCount;
    private long _undecodableCount;
    private long _databaseFailureCount;
    private bool _started;

    /// <summary>Creates the registry; call <see cref="StartAsync"/> once the client is connected.</summary>
    /// <param name="client">A connected MQTT client (may be shared with other services).</param>
    /// <param name="databases">Where the rig rows live.</param>
    /// <param name="clock">Time of receipt; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Where problems are logged; nothing when null.</param>
    public RigRegistry(IMqttClient client, ChandlerDbContextFactory databases, TimeProvider? clock = null, ILogger<RigRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(databases);
        _client = client;
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Raised after a status changed a rig's presence (on the MQTT client's handler thread).</summary>
    public event Action<RigPresence>? PresenceChanged;

    /// <summary>Status messages processed (decoded and applied).</summary>
    public long StatusCount => Interlocked.Read(ref _statusCount);

    /// <summary>Payloads on a status topic that did not decode.</summary>
    public long UndecodableCount => Interlocked.Read(ref _undecodableCount);

    /// <summary>Rig rows that could not be written.</summary>
    public long DatabaseFailureCount => Interlocked.Read(ref _databaseFailureCount);

    /// <summary>Every rig that has published a status, ordered by key.</summary>
    public IReadOnlyList<RigPresence> Rigs
    {
        get
        {
            lock (_lock)
            {
                return _rigs.Values.OrderBy(r => r.RigKey, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>The presence of <paramref name="rigKey"/>; false when it never published a status.</summary>
    public bool TryGet(string rigKey, [MaybeNullWhen(false)] out RigPresence presence)
    {
        lock (_lock)
        {
            return _rigs.TryGetValue(rigKey, out presence);
        }
    }

    /// <summary>Attaches to the client and subscribes to every rig's status (QoS 1); the broker then delivers the retained ones.</summary>
    /// <exception cref="InvalidOperationException">Already started, or the broker refused the subscription.</exception>
    public async Task StartAsync(CancellationToken ct = default)
    {
        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException("The rig registry is already started.");
            }

            _started = true;
        }

        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        await Subscriptions.SubscribeOrThrowAsync(_client, StatusFilter, ct).ConfigureAwait(false);
    }

    /// <summary>Detaches from the client (the subscription stays with the client's session).</summary>
    public ValueTask DisposeAsync()
    {
        _client.ApplicationMessageReceivedAsync -= OnMessageAsync;
        return ValueTask.CompletedTask;
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!RigTopics.TryParse(message.Topic, out var topic) || topic.Kind != RigTopicKind.Status)
        {
            return;
        }

        var decoded = ProtocolJson.Decode(message.Topic, message.Payload.Span);
        if (decoded.Message is not RigStatus status)
        {
            Interlocked.Increment(ref _undecodableCount);
            _logger.LogWarning("Ignored a status on {Topic} that does not decode: {Rejection}", message.Topic, decoded.Rejection);
            return;
        }

        if (IsOlderThanSeen(status))
        {
            _logger.LogInformation("Ignored an older status of rig {RigKey} (uptime {Uptime} s, {State}, run {RunKey}): a redelivered or restored message",
                status.RigId, status.UptimeSeconds, status.State, status.RunId);
            return;
        }

        var now = _clock.GetUtcNow();
        var presence = Apply(status, now);
        Interlocked.Increment(ref _statusCount);
        await SaveAsync(status, now).ConfigureAwait(false);
        PresenceChanged?.Invoke(presence);
    }

    /// <summary>
    /// True for an online status with a lower uptime than the one shown, in a run state of the same run:
    /// a rebooted rig comes back idle (docs/protocol.md "Rig reboot"), so this is a QoS 1 redelivery or a
    /// retained status a restarted broker restored, and showing it would move the rig back in time.
    /// </summary>
    private bool IsOlderThanSeen(RigStatus status)
    {
        lock (_lock)
        {
            return status.Online && _rigs.TryGetValue(status.RigId, out var shown) && shown.IsOnline
                && shown.UptimeSeconds is { } seen && status.UptimeSeconds is { } uptime && uptime < seen
                && status.State is { } state && state != RigState.Idle
                && status.RunId is not null && status.RunId == shown.RunKey;
        }
    }

    private RigPresence Apply(RigStatus status, DateTimeOffset now)
    {
        lock (_lock)
        {
            _rigs.TryGetValue(status.RigId, out var previous);
            var presence = status.Online
                ? new RigPresence(status.RigId, true, status.State, status.FirmwareVersion, status.RunId, status.Fault, status.UptimeSeconds, now, now)
                : new RigPresence(status.RigId, false, null, previous?.FirmwareVersion, previous?.RunKey, null, null, previous?.LastSeenUtc, now);
            _rigs[status.RigId] = presence;
            return presence;
        }
    }

    private async Task SaveAsync(RigStatus status, DateTimeOffset now)
    {
        try
        {
            var rig = await RigRecords.GetOrCreateAsync(_databases, status.RigId, CancellationToken.None).ConfigureAwait(false);
            if (!status.Online)
            {
                return;
            }

            await using var db = _databases.CreateDbContext();
            await db.Rigs.Where(r => r.Id == rig.Id).ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(r => r.FirmwareVersion, status.FirmwareVersion)
                    .SetProperty(r => r.LastSeenUtc, now.UtcDateTime)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            Interlocked.Increment(ref _databaseFailureCount);
            _logger.LogError(exception, "Could not record the status of rig {RigKey}", status.RigId);
        }
    }
}
