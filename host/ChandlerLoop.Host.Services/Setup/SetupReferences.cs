using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>The stored records a setup request refers to (null or missing when not found).</summary>
internal sealed record SetupReferences(
    Rig? Rig,
    ProtocolTemplate? Template,
    User? Operator,
    IReadOnlyDictionary<string, Donor> StoredDonors,
    DateTime NowUtc);
