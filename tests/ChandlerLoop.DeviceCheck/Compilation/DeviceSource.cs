namespace ChandlerLoop.DeviceCheck.Compilation;

/// <summary>One device source file: its path (used in reports) and its text.</summary>
/// <param name="Path">The file path as it should appear in findings.</param>
/// <param name="Text">The C# source.</param>
public sealed record DeviceSource(string Path, string Text)
{
    /// <summary>Reads a file from disk.</summary>
    public static DeviceSource FromFile(string path) => new(path, System.IO.File.ReadAllText(path));
}
