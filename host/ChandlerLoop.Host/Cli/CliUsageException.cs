namespace ChandlerLoop.Host.Cli;

/// <summary>
/// Bad input found by a verb before it changes anything: the message names the option or argument
/// and the accepted values. Reported on stderr with exit code <see cref="ExitCodes.Usage"/>.
/// </summary>
internal sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public CliUsageException(string message)
        : base(message)
    {
    }
}
