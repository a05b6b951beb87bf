using ChandlerLoop.DeviceCheck.Reporting;
using ChandlerLoop.DeviceCheck.Stubs;

namespace ChandlerLoop.DeviceCheck.Tests.Stubs;

/// <summary>
/// The System.IO.FileSystem API (firmware/device-api/json/System.IO.FileSystem.json, written by the
/// project from nanoframework/System.IO.FileSystem): its stub builds with exactly its references, and
/// device code that uses File and FileStream the way the firmware does compiles against it, while
/// desktop-only overloads and a missing System.IO.Streams reference fail as in the real build.
/// </summary>
[Collection(StubsCollection.Name)]
public sealed class FileSystemStubTests(StubsFixture stubs)
{
    private static readonly string[] FileSystemReferences = ["System.IO.FileSystem", "System.IO.Streams"];

    private const string FileSnippet =
        """
        using System;
        using System.IO;

        namespace Demo
        {
            public sealed class FlashLog
            {
                private readonly byte[] _zeros = new byte[64];
                private FileStream _stream;

                public bool Append(string path, long position, byte[] data)
                {
                    try
                    {
                        if (_stream == null)
                        {
                            _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                        }

                        if (position > _stream.Length)
                        {
                            _stream.Seek(_stream.Length, SeekOrigin.Begin);
                            _stream.Write(_zeros, 0, (int)(position - _stream.Length));
                        }

                        _stream.Seek(position, SeekOrigin.Begin);
                        _stream.Write(data, 0, data.Length);
                        _stream.Flush();
                        return _stream.Read(data, 0, data.Length) >= 0;
                    }
                    catch (IOException)
                    {
                        _stream.Close();
                        _stream = null;
                        return false;
                    }
                }

                public void Empty() { _stream.SetLength(0); }

                public static bool Replace(string path, byte[] data)
                {
                    string temp = path + ".tmp";
                    using (FileStream s = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                    {
                        s.Write(data, 0, data.Length);
                        s.Flush();
                    }

                    if (File.Exists(path)) { File.Delete(path); }
                    File.Move(temp, path);
                    return File.ReadAllBytes(path).Length == data.Length && Path.GetFileName(path) != null;
                }

                public static long DriveBytes() { return new DriveInfo("I:\\").TotalSize; }
            }
        }
        """;

    [Fact]
    public void FileSystemStubBuildsWithItsFourReferences()
    {
        var compiler = new StubCompiler(stubs.Catalog, cacheDirectory: null);

        StubSet set = compiler.Build(["System.IO.FileSystem"]);

        Assert.True(set.Succeeded, string.Join(Environment.NewLine, set.Errors));
        Assert.Equal(
            ["System.IO.FileSystem", "System.IO.Streams", "mscorlib", "nanoFramework.Runtime.Events", "nanoFramework.System.Text"],
            set.References.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FileAndFileStreamSnippetCompilesAndLoads()
    {
        CheckReport report = stubs.CheckSnippet(FileSnippet, FileSystemReferences);

        Assert.Empty(report.Findings);
        Assert.True(report.IlScanned);
    }

    [Fact]
    public void FileStreamWithoutTheStreamsReferenceFailsLikeTheRealBuild()
    {
        // FileStream derives from System.IO.Stream, which lives in System.IO.Streams, not in mscorlib.
        CheckReport report = stubs.CheckSnippet(FileSnippet, "System.IO.FileSystem");

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.CompilerError && f.Subject == "CS0012");
    }

    [Theory]
    [InlineData("new System.IO.FileStream(\"I:\\\\a\", System.IO.FileMode.Open).Flush(true)", "CS1501")]
    [InlineData("System.IO.File.Move(\"I:\\\\a\", \"I:\\\\b\", true)", "CS1501")]
    [InlineData("System.IO.File.Replace(\"I:\\\\a\", \"I:\\\\b\", \"I:\\\\c\")", "CS0117")]
    [InlineData("System.IO.File.ReadAllLines(\"I:\\\\a\")", "CS0117")]
    [InlineData("new System.IO.DriveInfo(\"I:\").AvailableFreeSpace.ToString()", "CS1061")]
    public void DesktopOnlyFileMembersFail(string expression, string compilerId)
    {
        string source = "namespace Demo { public static class A { public static void F() { " + expression + "; } } }";

        CheckReport report = stubs.CheckSnippet(source, FileSystemReferences);

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.CompilerError && f.Subject == compilerId);
    }
}
