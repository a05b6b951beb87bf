namespace ChandlerLoop.DeviceCheck.Reporting;

/// <summary>
/// One problem found by the check.
/// </summary>
/// <param name="Kind">The category.</param>
/// <param name="File">The source file, when known (absolute or as given).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Subject">What is involved: a compiler diagnostic id, or the type/member in the IL.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Hint">How to fix it for the device; empty when there is no specific advice.</param>
public sealed record CheckFinding(
    FindingKind Kind,
    string? File,
    int Line,
    int Column,
    string Subject,
    string Message,
    string Hint)
{
    /// <summary><c>file:line:col</c> (relative to <paramref name="root"/> when inside it), or "(no source location)".</summary>
    public string FormatLocation(string? root)
    {
        if (File is null)
        {
            return "(no source location)";
        }

        string path = File;
        if (root is not null && Path.IsPathRooted(File))
        {
            string relative = Path.GetRelativePath(root, File);
            path = relative.StartsWith("..", StringComparison.Ordinal) ? File : relative;
        }

        return Line > 0 ? $"{path}:{Line}:{Column}" : path;
    }
}
