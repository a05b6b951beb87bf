namespace ChandlerLoop.Host.Cli;

/// <summary>
/// A verb could not do what was asked for a reason other than bad syntax (e.g. the user already
/// exists, the run does not exist). Reported on stderr with exit code <see cref="ExitCodes.Failure"/>.
/// </summary>
internal sealed class CliFailureException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public CliFailureException(string message)
        : base(message)
    {
    }
}
