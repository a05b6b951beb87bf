using System.Text.RegularExpressions;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// Rules for accounts, the same on the command line (<c>chandler users add</c>) and the web:
/// login names of 2–64 characters of a-z 0-9 . _ - starting with a letter; passwords of at least
/// <see cref="MinimumPasswordLength"/> characters that are not the login name. Each check returns
/// null or a message that says what to do.
/// </summary>
internal static partial class AccountRules
{
    /// <summary>Shortest accepted password.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Null when <paramref name="userName"/> is a valid login name, else why not.</summary>
    public static string? CheckUserName(string userName) =>
        UserNamePattern().IsMatch(userName)
            ? null
            : "'" + userName + "' is not a valid login name: use 2–64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter.";

    /// <summary>Null when <paramref name="password"/> meets the policy for <paramref name="userName"/>, else why not.</summary>
    public static string? CheckPassword(string password, string userName)
    {
        if (password.Length < MinimumPasswordLength)
        {
            return "too short (" + password.Length + " characters); use at least " + MinimumPasswordLength + " characters.";
        }

        return string.Equals(password, userName, StringComparison.OrdinalIgnoreCase) ? "must not be the user name." : null;
    }

    /// <summary>Null when the full name is usable on signatures, else why not.</summary>
    public static string? CheckFullName(string fullName) =>
        fullName.Trim().Length is > 0 and <= 128 ? null : "give the person's full name (1–128 characters) as it is to be printed on signatures.";

    [GeneratedRegex("^[a-z][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
