namespace ChandlerLoop.Host.Services.Results;

/// <summary>A problem in an import file: line number (1 = header), column header ("" for the whole line or file) and what is wrong.</summary>
public sealed record MarkerImportError(int LineNumber, string Column, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"line {LineNumber}{(Column.Length > 0 ? ", column '" + Column + "'" : "")}: {Message}";
}
