using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>A rig in the new-run form's rig list, with what the host knows of it now.</summary>
/// <param name="RigKey">Rig key.</param>
/// <param name="IsOnline">True when its last status says online.</param>
/// <param name="BusyRunKey">The run it is busy with (pre-warming .. sample due); null when free.</param>
/// <param name="IsSimulated">True for a simulated rig of this host (runs on it are marked SIMULATED).</param>
public sealed record RigChoice(string RigKey, bool IsOnline, string? BusyRunKey, bool IsSimulated)
{
    /// <summary>True when a draft made now can start pre-warming on the rig.</summary>
    public bool IsAvailable => IsOnline && BusyRunKey is null;

    /// <summary>Text for the list, e.g. "rig-02 (simulated) — online, free".</summary>
    public string Label =>
        RigKey + (IsSimulated ? " (simulated)" : "") + " — "
        + (!IsOnline ? "OFFLINE: it cannot pre-warm until it connects" : BusyRunKey is null ? "online, free" : "BUSY with run " + BusyRunKey);

    /// <summary>
    /// The rigs to offer: every registered rig key and every rig with a status, ordered by key; online
    /// and busy state from <paramref name="presences"/>, simulated when in <paramref name="simulatedKeys"/>.
    /// </summary>
    public static IReadOnlyList<RigChoice> List(IEnumerable<string> registeredKeys, IEnumerable<RigPresence> presences, IEnumerable<string> simulatedKeys)
    {
        var byKey = presences.ToDictionary(p => p.RigKey, StringComparer.Ordinal);
        var simulated = simulatedKeys.ToHashSet(StringComparer.Ordinal);
        return registeredKeys.Concat(byKey.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(key =>
            {
                byKey.TryGetValue(key, out var presence);
                var online = presence?.IsOnline == true;
                var busy = online && presence!.State is RigState.PreWarming or RigState.Ready or RigState.Running or RigState.SampleDue
                    ? presence.RunKey ?? "(unknown)"
                    : null;
                return new RigChoice(key, online, busy, simulated.Contains(key));
            })
            .ToList();
    }
}
