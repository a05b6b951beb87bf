using ChandlerLoop.Data.Entities;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>The operator's commands. Do not await them inside a <see cref="RunChanged"/> or <see cref="SampleDue"/> handler: the answer arrives on the same handler thread.</summary>
public sealed partial class RunOrchestrator
{
    /// <summary>
    /// Starts pre-warming a <see cref="RunState.Draft"/> run on its rig with the run's protocol snapshot
    /// (set-point, rpm, duration, sampling offsets, stability band and hold). Accepted → the run is
    /// <see cref="RunState.PreWarming"/>.
    /// </summary>
    public async Task<CommandOutcome> StartPrewarmAsync(long runId, string actingUser, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        var (context, refusal) = await CheckAsync(runId, "start pre-warming", [RunState.Draft], ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        ProtocolSnapshot protocol;
        try
        {
            protocol = ProtocolSnapshot.Read(context!.SnapshotJson, context.Template);
        }
        catch (FormatException exception)
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, exception.Message + " Recreate the run from its protocol template.");
        }

        var command = new StartPrewarmCommand(context.RigKey, _commandIds.Next(), context.RunKey, protocol.SetpointCelsius, protocol.SpeedRpm,
            protocol.DurationMinutes, protocol.SamplingOffsetsMinutes, protocol.PrewarmBandCelsius, protocol.PrewarmHoldSeconds);
        _logger.LogInformation("{User} starts pre-warming run {RunKey} on rig {RigKey}", actingUser, context.RunKey, context.RigKey);
        return await SendAsync(command, result => OnPrewarmAcceptedAsync(context, result), ct).ConfigureAwait(false);
    }

    /// <summary>Confirms the loops are loaded on a <see cref="RunState.Ready"/> run: the rig sets t0 and starts the exposure.</summary>
    public async Task<CommandOutcome> ConfirmLoadedAsync(long runId, string actingUser, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        var (context, refusal) = await CheckAsync(runId, "confirm the loops are loaded", [RunState.Ready], ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var command = new ConfirmLoadedCommand(context!.RigKey, _commandIds.Next());
        return await SendAsync(command, result => OnLoadedAcceptedAsync(context, actingUser), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Acknowledges that sample <paramref name="scheduleIndex"/> (0-based, the index in the protocol's
    /// sampling offsets) was drawn from every loop, with the tube label when given. The samples are
    /// recorded, attributed to <paramref name="actingUser"/>, when the rig reports <c>sample_taken</c>.
    /// </summary>
    public async Task<CommandOutcome> AcknowledgeSampleAsync(long runId, int scheduleIndex, string? tubeId, string actingUser, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        if (scheduleIndex is < 0 or > 15)
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, "Sample index " + scheduleIndex + " is outside 0..15.");
        }

        if (tubeId is not null && (tubeId.Length is < 1 or > 40 || tubeId.Any(char.IsControl)))
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, "The tube label must be 1..40 characters without control characters.");
        }

        var (context, refusal) = await CheckAsync(runId, "acknowledge a sample", [RunState.Running, RunState.SampleDue], ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!context!.ScheduleIndexes.Contains(scheduleIndex))
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument,
                "Run " + context.RunKey + " has no sample " + scheduleIndex + " (its samples are " + string.Join(", ", context.ScheduleIndexes) + ").");
        }

        _acknowledgedBy[(context.RunKey, scheduleIndex)] = actingUser;
        var command = new AckSampleCommand(context.RigKey, _commandIds.Next(), scheduleIndex, tubeId);
        var outcome = await SendAsync(command, null, ct).ConfigureAwait(false);
        if (!outcome.Accepted && !outcome.TimedOut)
        {
            _acknowledgedBy.TryRemove((context.RunKey, scheduleIndex), out _);
        }

        return outcome;
    }

    /// <summary>
    /// Aborts an active run (pre-warming .. sample due). <paramref name="reason"/> may not be
    /// <see cref="RunAbortReason.PowerLost"/> (only a rig reports that); <paramref name="note"/> (≤ 200
    /// characters) is kept in the run's end reason.
    /// </summary>
    public async Task<CommandOutcome> AbortAsync(long runId, RunAbortReason reason, string? note, string actingUser, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        if (reason == RunAbortReason.PowerLost)
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, "power_lost is reported by a rig, not sent: abort with operator or host.");
        }

        if (note is not null && (note.Length > 200 || note.Any(char.IsControl)))
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, "The note must be at most 200 characters without control characters (line breaks included).");
        }

        var (context, refusal) = await CheckAsync(runId, "abort", [RunState.PreWarming, RunState.Ready, RunState.Running, RunState.SampleDue], ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var endReason = "aborted by " + actingUser + " (" + ProtocolNames.ToWire(reason) + ")" + (string.IsNullOrWhiteSpace(note) ? "" : ": " + note.Trim());
        var command = new AbortCommand(context!.RigKey, _commandIds.Next(), reason, string.IsNullOrEmpty(note) ? null : note);
        return await SendAsync(command, _ => OnAbortAcceptedAsync(context.RunId, endReason), ct).ConfigureAwait(false);
    }

    /// <summary>Makes a rig blink its LED and beep for <paramref name="seconds"/> (1..60) so it can be found on the bench.</summary>
    public async Task<CommandOutcome> IdentifyAsync(string rigKey, int seconds, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rigKey);
        if (seconds is < 1 or > 60)
        {
            return CommandOutcome.RefusedByHost(HostRefusals.InvalidArgument, "Identify lasts 1..60 seconds; " + seconds + " was asked.");
        }

        var offline = RigOfflineRefusal(rigKey);
        if (offline is not null)
        {
            return offline;
        }

        return await SendAsync(new IdentifyCommand(rigKey, _commandIds.Next(), seconds), null, ct).ConfigureAwait(false);
    }

    /// <summary>Publishes a command and waits for its answer, re-publishing the same id after each time-out.</summary>
    private async Task<CommandOutcome> SendAsync(RigCommand command, Func<CommandResultEvent, Task>? applyAccepted, CancellationToken ct)
    {
        var pending = new PendingCommand(command.CommandId, command.RigId, applyAccepted, _clock.GetUtcNow());
        _commands.Add(pending);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(command.Topic)
            .WithPayload(ProtocolJson.Encode(command))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var name = ProtocolNames.ToWire(command.Kind);
        var published = 0;
        try
        {
            for (var attempt = 1; attempt <= _options.CommandAttempts; attempt++)
            {
                try
                {
                    var sent = await _client.PublishAsync(message, ct).ConfigureAwait(false);
                    if (sent.IsSuccess)
                    {
                        published++;
                    }
                    else
                    {
                        _logger.LogWarning("{Command} {CommandId} to rig {RigKey} was not sent: {Reason}", name, command.CommandId, command.RigId, sent.ReasonText);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.LogWarning(exception, "Could not publish {Command} {CommandId} to rig {RigKey}", name, command.CommandId, command.RigId);
                }

                try
                {
                    var result = await pending.Result.Task.WaitAsync(_options.CommandTimeout, _clock, ct).ConfigureAwait(false);
                    return new CommandOutcome(result.Accepted, ProtocolNames.ToWire(result.Reason), result.Detail, false, command.CommandId, attempt);
                }
                catch (TimeoutException)
                {
                    _logger.LogWarning("Rig {RigKey} did not answer {Command} {CommandId} within {Timeout} (attempt {Attempt} of {Attempts})",
                        command.RigId, name, command.CommandId, _options.CommandTimeout, attempt, _options.CommandAttempts);
                }
            }
        }
        finally
        {
            if (!pending.Result.Task.IsCompleted)
            {
                pending.GaveUpAt = _clock.GetUtcNow();
            }

            _commands.Expire(_clock.GetUtcNow(), _options.LateResultRetention);
        }

        if (published == 0)
        {
            return new CommandOutcome(false, HostRefusals.NotSent, "The broker did not take " + name + " for rig " + command.RigId + ": check the host's broker connection.", false, command.CommandId, 0);
        }

        return new CommandOutcome(false, CommandOutcome.TimedOutReason,
            "Rig " + command.RigId + " did not answer " + name + " (" + command.CommandId + ") after " + published + " attempts of "
            + _options.CommandTimeout.TotalSeconds + " s: check that it is powered and on the network. An answer arriving later is still applied.",
            true, command.CommandId, published);
    }

    private async Task OnCommandResultAsync(CommandResultEvent result)
    {
        if (_commands.TryTake(result.CommandId, result.RigId, out var pending))
        {
            if (pending.GaveUpAt is not null)
            {
                _logger.LogWarning("Late answer to {CommandId} from rig {RigKey}: {Accepted} ({Reason}); applied", result.CommandId, result.RigId, result.Accepted, result.Reason);
            }

            if (result.Accepted && pending.ApplyAccepted is not null)
            {
                try
                {
                    await WithGateAsync(() => pending.ApplyAccepted(result)).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or Data.DataIntegrityException)
                {
                    _logger.LogError(exception, "Could not record the effect of {CommandId} accepted by rig {RigKey}", result.CommandId, result.RigId);
                }
            }

            pending.Result.TrySetResult(result);
        }

        if (result.Command == "backfill" && BackfillDetail.LostRecords(result.Detail) is { } lost && result.RunId is not null)
        {
            await WithGateAsync(() => RecordLostRecordsLockedAsync(result.RigId, result.RunId, lost, "the rig no longer held them when asked to back-fill")).ConfigureAwait(false);
        }
    }
}
