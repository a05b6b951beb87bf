namespace ChandlerLoop.Host.Tests.Infrastructure;

/// <summary>Outcome of one in-process `chandler` invocation.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>For assertion messages.</summary>
    public override string ToString() => "exit " + ExitCode + "\n--- stdout ---\n" + Out + "\n--- stderr ---\n" + Error;
}
