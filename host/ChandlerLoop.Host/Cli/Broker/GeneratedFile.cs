namespace ChandlerLoop.Host.Cli.Broker;

/// <summary>A file to write: path relative to the output folder, text, Unix mode (octal, e.g. 0600).</summary>
internal sealed record GeneratedFile(string RelativePath, string Content, UnixFileMode Mode);
