namespace ChandlerLoop.DeviceCheck.Reporting;

/// <summary>A place in device source: file path, 1-based line and column (0 and null when unknown).</summary>
/// <param name="File">The file path, or null when unknown.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public readonly record struct SourceLocation(string? File, int Line, int Column)
{
    /// <summary>No known location.</summary>
    public static SourceLocation Unknown => new(null, 0, 0);
}
