using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Telemetry;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>Asking rigs for missing telemetry (docs/protocol.md, "Back-fill").</summary>
public sealed partial class TelemetryIngest
{
    /// <summary>The current gaps of a run (missing sequence numbers below the highest stored), oldest first; empty for a run not seen.</summary>
    public async Task<IReadOnlyList<SequenceRange>> GapsAsync(string rigKey, string runKey, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _trackers.TryGetValue((rigKey, runKey), out var tracker) ? tracker.Gaps() : [];
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RequestBackfillsLockedAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        foreach (var ((rigKey, runKey), tracker) in _trackers)
        {
            foreach (var gap in _scheduler.Due(rigKey, runKey, tracker.Gaps(), now))
            {
                if (await TryRequestAsync(rigKey, runKey, gap, ct).ConfigureAwait(false))
                {
                    _scheduler.MarkRequested(rigKey, runKey, gap, now);
                }
            }
        }
    }

    private async Task<bool> TryRequestAsync(string rigKey, string runKey, SequenceRange gap, CancellationToken ct)
    {
        var command = new BackfillCommand(rigKey, _commandIds.Next(), runKey, gap.First, gap.Last);
        try
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(command.Topic)
                .WithPayload(ProtocolJson.Encode(command))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            var result = await _client.PublishAsync(message, ct).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                _logger.LogWarning("Back-fill request {CommandId} for run {RunKey} on rig {RigKey} was not sent: {Reason}", command.CommandId, runKey, rigKey, result.ReasonText);
                return false;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Could not ask rig {RigKey} to back-fill run {RunKey} {Gap}; will try again", rigKey, runKey, gap);
            return false;
        }

        Interlocked.Increment(ref _counters.BackfillRequests);
        _logger.LogInformation("Asked rig {RigKey} to back-fill run {RunKey} {Gap} ({CommandId})", rigKey, runKey, gap, command.CommandId);
        return true;
    }
}
