namespace ChandlerLoop.Host.Cli.Sim;

/// <summary>
/// Reads a credentials file written by <c>chandler broker config</c> ("user=..." and "password=..."
/// lines, '#' comments) or a plain password file (its first non-empty line is the password).
/// </summary>
internal static class MqttCredentialsFile
{
    /// <summary>User (null when the file names none) and password; <see cref="CliUsageException"/> naming <paramref name="option"/> when unreadable.</summary>
    public static (string? User, string Password) Read(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException(option + " '" + path + "' does not exist.");
        }

        string? user = null;
        string? password = null;
        string? firstLine = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            firstLine ??= line;
            if (line.StartsWith("user=", StringComparison.Ordinal))
            {
                user = line["user=".Length..];
            }
            else if (line.StartsWith("password=", StringComparison.Ordinal))
            {
                password = line["password=".Length..];
            }
        }

        password ??= user is null ? firstLine : null;
        if (string.IsNullOrEmpty(password))
        {
            throw new CliUsageException(option + " '" + path + "' holds no password (expected a 'password=' line or the password alone).");
        }

        return (user, password);
    }
}
