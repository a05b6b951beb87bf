using System.Text;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The protocol's golden examples in docs/protocol/examples (found by walking up from the
/// test binaries to the repository root).</summary>
internal static class GoldenFiles
{
    private static readonly Lazy<string> Root = new(FindExamples);

    public static string ExamplesDirectory => Root.Value;

    public static string InvalidDirectory => Path.Combine(Root.Value, "invalid");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Root.Value, name));

    public static byte[] InvalidBytes(string name) => File.ReadAllBytes(Path.Combine(InvalidDirectory, name));

    /// <summary>The golden file without its final newline (the encoders write the object only).</summary>
    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name)).TrimEnd('\n');

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "docs", "protocol", "examples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/protocol/examples not found above " + AppContext.BaseDirectory);
    }
}
