namespace ChandlerLoop.Data;

/// <summary>
/// Thrown by <see cref="ChandlerDbContext"/>'s SaveChanges when a save breaks a data-integrity rule;
/// nothing of that save is written.
/// </summary>
public sealed class DataIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataIntegrityException(DataIntegrityRefusal refusal, string message)
        : base(message)
    {
        Refusal = refusal;
    }

    /// <summary>Which rule was broken.</summary>
    public DataIntegrityRefusal Refusal { get; }
}
