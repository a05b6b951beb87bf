using System.Text;
using System.Text.RegularExpressions;

namespace ChandlerLoop.DeviceCheck.Projects;

/// <summary>
/// MSBuild item specs: <c>**</c> (any folders), <c>*</c> and <c>?</c> within a name, with
/// <c>\</c> or <c>/</c> as separators. Files under <c>bin</c> or <c>obj</c> below the wildcard's base
/// folder are never matched by a wildcard.
/// </summary>
internal static class MsBuildGlob
{
    public static bool HasWildcard(string spec) => spec.IndexOfAny(['*', '?']) >= 0;

    /// <summary>Files matching an absolute spec (a plain path yields itself when it exists).</summary>
    public static IEnumerable<string> Expand(string absoluteSpec)
    {
        string spec = Normalize(absoluteSpec);
        if (!HasWildcard(spec))
        {
            return File.Exists(spec) ? [Path.GetFullPath(spec)] : [];
        }

        string baseDirectory = BaseDirectory(spec);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        Regex pattern = ToRegex(spec);
        return Directory.EnumerateFiles(baseDirectory, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(file => pattern.IsMatch(Normalize(file)))
            .Where(file => !UnderBuildOutput(baseDirectory, file));
    }

    /// <summary>True when <paramref name="file"/> matches the absolute spec.</summary>
    public static bool Matches(string absoluteSpec, string file)
    {
        string spec = Normalize(absoluteSpec);
        return HasWildcard(spec)
            ? ToRegex(spec).IsMatch(Normalize(file))
            : string.Equals(Path.GetFullPath(spec), Path.GetFullPath(file), StringComparison.Ordinal);
    }

    public static string Normalize(string path) => path.Replace('\\', '/');

    private static string BaseDirectory(string spec)
    {
        string[] parts = spec.Split('/');
        int firstWild = Array.FindIndex(parts, HasWildcard);
        return string.Join("/", parts.Take(firstWild));
    }

    private static bool UnderBuildOutput(string baseDirectory, string file)
    {
        string relative = Normalize(Path.GetRelativePath(baseDirectory, file));
        return relative.Split('/').SkipLast(1).Any(folder =>
            folder.Equals("bin", StringComparison.OrdinalIgnoreCase) || folder.Equals("obj", StringComparison.OrdinalIgnoreCase));
    }

    private static Regex ToRegex(string spec)
    {
        var regex = new StringBuilder("^");
        string full = Normalize(Path.GetFullPath(spec.Replace("**", "__DOUBLESTAR__").Replace("*", "__STAR__").Replace("?", "__QUESTION__")))
            .Replace("__DOUBLESTAR__", "**").Replace("__STAR__", "*").Replace("__QUESTION__", "?");
        for (int i = 0; i < full.Length; i++)
        {
            char c = full[i];
            if (c == '*' && i + 1 < full.Length && full[i + 1] == '*')
            {
                bool followedBySlash = i + 2 < full.Length && full[i + 2] == '/';
                regex.Append(followedBySlash ? "(?:.*/)?" : ".*");
                i += followedBySlash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
