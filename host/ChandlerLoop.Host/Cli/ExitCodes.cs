namespace ChandlerLoop.Host.Cli;

/// <summary>Process exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Done (or verified intact).</summary>
    public const int Ok = 0;

    /// <summary>The verb ran but failed or found a problem (broken audit chain, duplicate user, unknown run, failed acceptance in demo).</summary>
    public const int Failure = 1;

    /// <summary>Bad command line: unknown option, missing or invalid value; nothing was changed.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
