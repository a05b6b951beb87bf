using ChandlerLoop.Protocol.Messages.Events;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// A command sent and not yet answered: the rig's answer completes <see cref="Result"/> after
/// <see cref="ApplyAccepted"/> has recorded its effect, whether the sender still waits or gave up (a late
/// answer is applied all the same).
/// </summary>
internal sealed class PendingCommand(string commandId, string rigKey, Func<CommandResultEvent, Task>? applyAccepted, DateTimeOffset sentAt)
{
    public string CommandId { get; } = commandId;

    public string RigKey { get; } = rigKey;

    public Func<CommandResultEvent, Task>? ApplyAccepted { get; } = applyAccepted;

    public DateTimeOffset SentAt { get; } = sentAt;

    public TaskCompletionSource<CommandResultEvent> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the sender stopped waiting; the entry then lives until the late-result retention ends.</summary>
    public DateTimeOffset? GaveUpAt { get; set; }
}
