using System.Collections.Concurrent;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>Commands awaiting their <c>command_result</c>, by command id. Thread-safe.</summary>
internal sealed class CommandTracker
{
    private readonly ConcurrentDictionary<string, PendingCommand> _pending = new(StringComparer.Ordinal);

    public int Count => _pending.Count;

    public void Add(PendingCommand command) => _pending[command.CommandId] = command;

    /// <summary>Takes the command an answer from <paramref name="rigKey"/> belongs to; false for ids not sent by this host (or to another rig).</summary>
    public bool TryTake(string commandId, string rigKey, out PendingCommand command)
    {
        if (_pending.TryGetValue(commandId, out var found) && found.RigKey == rigKey && _pending.TryRemove(commandId, out command!))
        {
            return true;
        }

        command = null!;
        return false;
    }

    /// <summary>Forgets commands given up on longer than <paramref name="retention"/> ago.</summary>
    public void Expire(DateTimeOffset now, TimeSpan retention)
    {
        foreach (var (id, command) in _pending)
        {
            if (command.GaveUpAt is { } gaveUp && now - gaveUp > retention)
            {
                _pending.TryRemove(id, out _);
            }
        }
    }
}
