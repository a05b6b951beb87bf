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

    /// <summary>
    /// Raised (on the ingest's flush thread) for a gap the ingest gave up on: asked for
    /// <see cref="TelemetryIngestOptions.BackfillMaximumRequests"/> times without being filled, or dropped
    /// by the tracker's range limit. Arguments: rig key, run key, the missing records.
    /// </summary>
    public event Action<string, string, SequenceRange>? GapAbandoned;

    /// <summary>
    /// Stops tracking a run (after it ended): forgets its sequence tracker and back-fill schedule, and returns
    /// the gaps still open. Records of the run that arrive later are still stored (a new tracker is then
    /// seeded from the database).
    /// </summary>
    public async Task<IReadOnlyList<SequenceRange>> ReleaseRunAsync(string rigKey, string runKey, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            _scheduler.Forget(rigKey, runKey);
            if (!_trackers.Remove((rigKey, runKey), out var tracker))
            {
                return [];
            }

            return tracker.Gaps();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs tracked now (one sequence tracker each).</summary>
    public int TrackedRunCount
    {
        get
        {
            _gate.Wait();
            try
            {
                return _trackers.Count;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private async Task RequestBackfillsLockedAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var abandoned = new List<(string RigKey, string RunKey, SequenceRange Gap)>();
        foreach (var ((rigKey, runKey), tracker) in _trackers)
        {
            var givenUp = new List<SequenceRange>(tracker.TakeAbandonedGaps());
            var due = _scheduler.Due(rigKey, runKey, tracker.Gaps(), now, givenUp);
            abandoned.AddRange(givenUp.Select(g => (rigKey, runKey, g)));
            foreach (var gap in due)
            {
                if (await TryRequestAsync(rigKey, runKey, gap, ct).ConfigureAwait(false))
                {
                    _scheduler.MarkRequested(rigKey, runKey, gap, now);
                }
            }
        }

        foreach (var (rigKey, runKey, gap) in abandoned)
        {
            Interlocked.Add(ref _counters.AbandonedRecords, gap.Count);
            _logger.LogWarning("Gave up back-filling {Gap} of run {RunKey} on rig {RigKey}", gap, runKey, rigKey);
            try
            {
                GapAbandoned?.Invoke(rigKey, runKey, gap);
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "A GapAbandoned handler failed");
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
