namespace ChandlerLoop.Host.Services.Results;

/// <summary>
/// A result entry or import was refused (hard limit, unknown unit, locked run, missing reason, ...);
/// nothing was saved. The message says what is wrong and how to fix it.
/// </summary>
public sealed class ResultValidationException : Exception
{
    /// <summary>Creates the exception with one problem.</summary>
    public ResultValidationException(string message)
        : this(new[] { message })
    {
    }

    /// <summary>Creates the exception with every problem found.</summary>
    public ResultValidationException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
