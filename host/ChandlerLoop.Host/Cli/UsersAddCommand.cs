using System.CommandLine;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Data.Security;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler users add &lt;user&gt; --name "Full Name" --role operator|lab-manager|admin
/// [--password-stdin]</c>. The password is never an option value (it would sit in shell history and
/// the process list): it is read from the first line of stdin, or asked twice on the terminal.
/// Policy: at least <see cref="MinimumPasswordLength"/> characters, not the user name. The new account
/// is recorded in the audit trail as created by <see cref="ActingUserName"/> ("cli:" and the operating
/// system account that ran the command).
/// </summary>
internal static class UsersAddCommand
{
    /// <summary>Shortest accepted password (<see cref="AccountRules"/>).</summary>
    public const int MinimumPasswordLength = AccountRules.MinimumPasswordLength;

    /// <summary>
    /// The acting user of account changes made on the command line, as the audit trail records it:
    /// "cli:" and the operating-system login name (the host has no sign-in there).
    /// </summary>
    public static string ActingUserName => "cli:" + Environment.UserName;

    /// <summary>Accepted role names and their roles.</summary>
    public static readonly IReadOnlyDictionary<string, UserRole> Roles = new Dictionary<string, UserRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["operator"] = UserRole.Operator,
        ["lab-manager"] = UserRole.LabManager,
        ["admin"] = UserRole.Admin,
    };

    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context, CommonOptions common)
    {
        var user = new Argument<string>("user") { Description = "Login name: 2–64 of a-z 0-9 . _ - (lower case)." };
        var name = new Option<string>("--name") { Description = "Full name, as printed on signatures.", Required = true };
        var role = new Option<string>("--role") { Description = "operator, lab-manager or admin.", Required = true, HelpName = "operator|lab-manager|admin" };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var command = new Command("add", "Add a user account.") { user, name, role, stdin };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            var userName = parse.GetValue(user)!.Trim();
            if (AccountRules.CheckUserName(userName) is { } badName)
            {
                throw new CliUsageException("<user> " + badName);
            }

            var fullName = (parse.GetValue(name) ?? "").Trim();
            if (fullName.Length == 0)
            {
                throw new CliUsageException("--name must not be empty: give the person's full name as printed on signatures.");
            }

            var roleText = parse.GetValue(role) ?? "";
            if (!Roles.TryGetValue(roleText.Trim(), out var userRole))
            {
                throw new CliUsageException("--role '" + roleText + "' is not a role: use operator, lab-manager or admin.");
            }

            var password = ReadPassword(context, parse.GetValue(stdin));
            CheckPolicy(password, userName);

            var (factory, _) = await common.OpenDatabaseAsync(parse, ct).ConfigureAwait(false);
            await using var db = factory.CreateDbContext();
            db.ActingUserName = ActingUserName;
            db.Clock = context.Clock;
            if (await db.Users.AnyAsync(u => u.UserName == userName, ct).ConfigureAwait(false))
            {
                throw new CliFailureException("user '" + userName + "' already exists; nothing was changed.");
            }

            db.Users.Add(new User
            {
                UserName = userName,
                FullName = fullName,
                Role = userRole,
                PasswordHash = PasswordHasher.Hash(password),
                IsActive = true,
                CreatedAtUtc = context.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync("added user " + userName + " (" + fullName + ", " + roleText.Trim().ToLowerInvariant() + ")").ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>Throws a <see cref="CliUsageException"/> when <paramref name="password"/> breaks the policy.</summary>
    public static void CheckPolicy(string password, string userName)
    {
        if (AccountRules.CheckPassword(password, userName) is { } problem)
        {
            throw new CliUsageException("password: " + problem);
        }
    }

    private static string ReadPassword(CliContext context, bool fromStdin)
    {
        if (fromStdin)
        {
            var line = context.Input.ReadLine();
            if (line is null)
            {
                throw new CliUsageException("--password-stdin: standard input was empty; pipe the password as its first line.");
            }

            return line.TrimEnd('\r', '\n');
        }

        if (!context.IsInteractive || context.PromptSecret is null)
        {
            throw new CliUsageException("no password: standard input is not a terminal, so pass --password-stdin and pipe the password (never as an option value).");
        }

        var first = context.PromptSecret("Password for the new user:");
        var second = context.PromptSecret("Repeat the password:");
        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new CliUsageException("password: the two entries differ; nothing was changed.");
        }

        return first;
    }
}
