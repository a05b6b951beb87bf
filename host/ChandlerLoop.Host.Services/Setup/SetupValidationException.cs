namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// A run setup was refused; nothing was saved. <see cref="Errors"/> lists every problem found, each saying
/// what is wrong (field and value), the allowed range and how to fix it.
/// </summary>
public sealed class SetupValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SetupValidationException(IReadOnlyList<string> errors)
        : base("Run setup refused, nothing was saved:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
