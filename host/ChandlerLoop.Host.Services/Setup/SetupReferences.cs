using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// The stored records a setup request refers to (null or missing when not found). When a draft is edited,
/// <see cref="EditableDonorIds"/> names the stored donors only that draft uses: their values may change.
/// </summary>
internal sealed record SetupReferences(
    Rig? Rig,
    ProtocolTemplate? Template,
    User? Operator,
    IReadOnlyDictionary<string, Donor> StoredDonors,
    DateTime NowUtc)
{
    /// <summary>Stored donors whose values the request may change (used by no other run).</summary>
    public IReadOnlySet<string> EditableDonorIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
