using ChandlerLoop.Data;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// Runs a verb's body and turns its exceptions into an exit code and one message on stderr:
/// <see cref="CliUsageException"/> → <see cref="ExitCodes.Usage"/>; <see cref="CliFailureException"/>,
/// <see cref="DataIntegrityException"/> → <see cref="ExitCodes.Failure"/>; Ctrl+C → <see cref="ExitCodes.Cancelled"/>.
/// Anything else is a bug or an environment failure: its message goes to stderr, exit code 1.
/// </summary>
internal static class VerbAction
{
    /// <summary>Runs <paramref name="body"/> with error reporting.</summary>
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> body, CancellationToken ct)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (CliFailureException e)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (DataIntegrityException e)
        {
            await context.Error.WriteLineAsync("error: refused (" + e.Refusal + "): " + e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or ArgumentException)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
