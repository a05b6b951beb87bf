namespace ChandlerLoop.Data.Entities;

/// <summary>
/// An electronic signature on a run, showing the signer's printed name, the time and the meaning
/// (21 CFR 11.50). Signatures are only ever added.
/// </summary>
public sealed class ElectronicSignature
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The signed run.</summary>
    public long RunId { get; set; }

    /// <summary>Navigation to the run.</summary>
    public Run? Run { get; set; }

    /// <summary>The signer.</summary>
    public long UserId { get; set; }

    /// <summary>Navigation to the signer.</summary>
    public User? User { get; set; }

    /// <summary>Printed name of the signer at signing time.</summary>
    public string PrintedName { get; set; } = "";

    /// <summary>When signed, UTC.</summary>
    public DateTime SignedAtUtc { get; set; }

    /// <summary>Meaning of the signature.</summary>
    public SignatureMeaning Meaning { get; set; }
}
