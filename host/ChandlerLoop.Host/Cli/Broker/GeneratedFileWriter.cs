namespace ChandlerLoop.Host.Cli.Broker;

/// <summary>
/// Writes <see cref="GeneratedFile"/>s into a folder all or nothing with respect to existing files:
/// when any target exists and overwriting is not allowed, nothing is written and the existing paths
/// are returned. Files are created with their mode from the start (no window where a secret is readable).
/// </summary>
internal static class GeneratedFileWriter
{
    /// <summary>Paths among <paramref name="files"/> that already exist in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Existing(string folder, IEnumerable<GeneratedFile> files) =>
        files.Select(f => Path.Combine(folder, f.RelativePath)).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();

    /// <summary>Writes every file (replacing existing ones; check <see cref="Existing"/> first).</summary>
    public static void WriteAll(string folder, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = file.Mode;
            }

            using (var stream = new FileStream(path, options))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write(file.Content);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, file.Mode);
            }
        }
    }
}
