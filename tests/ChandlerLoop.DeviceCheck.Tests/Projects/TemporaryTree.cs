namespace ChandlerLoop.DeviceCheck.Tests.Projects;

/// <summary>A throw-away folder of files for project-reading tests.</summary>
public sealed class TemporaryTree : IDisposable
{
    public TemporaryTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "devicecheck-tree-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file at a '/'-separated relative path and returns its absolute path.</summary>
    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
