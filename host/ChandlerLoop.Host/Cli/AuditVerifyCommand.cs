using System.CommandLine;
using ChandlerLoop.Data.Audit;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler audit verify</c>: walks the audit hash chain (<see cref="AuditVerifier"/>); prints the
/// entries checked, the head hash (compare it with the one in a run export to detect truncation) and
/// OK (exit 0) or the first broken entry (exit 1).
/// </summary>
internal static class AuditVerifyCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var command = new Command("verify", "Verify the audit trail's hash chain.");
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var db = factory.CreateDbContext();
            var result = await AuditVerifier.VerifyAsync(db, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync("entries checked: " + result.EntriesChecked).ConfigureAwait(false);
            await context.Output.WriteLineAsync("head hash: " + result.HeadHash).ConfigureAwait(false);
            if (result.IsIntact)
            {
                await context.Output.WriteLineAsync("OK: the audit trail is intact.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await context.Output.WriteLineAsync("BROKEN at entry " + result.FirstBrokenEntryId + ": " + result.Problem).ConfigureAwait(false);
            return ExitCodes.Failure;
        }, ct));
        return command;
    }
}
