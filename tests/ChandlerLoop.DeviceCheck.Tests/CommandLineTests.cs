using ChandlerLoop.DeviceCheck.Tests.Projects;

namespace ChandlerLoop.DeviceCheck.Tests;

/// <summary>The command line as test.sh runs it, in-process: exit codes 0, 1 and 2 and the report text.</summary>
[Collection(StubsCollection.Name)]
public sealed class CommandLineTests(StubsFixture stubs) : IDisposable
{
    private readonly TemporaryTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void RealControlCorePassesWithMscorlibAndSystemMath()
    {
        (int exitCode, string output, string error) = Run(stubs.RepositoryRoot,
            "--name", "control core", "--references", "mscorlib,System.Math",
            "firmware/ChandlerLoop.Control/ChandlerLoop.Control.projitems");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Device-safety check: control core", output, StringComparison.Ordinal);
        Assert.Contains("References  : mscorlib, System.Math", output, StringComparison.Ordinal);
        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanFileExitsZero()
    {
        string file = _tree.Write("Clean.cs", "namespace D { public static class A { public static double F(double x) { return System.Math.Sqrt(x); } } }");

        (int exitCode, string output, _) = Run(stubs.RepositoryRoot, "--references", "System.Math", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 C# file(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingsExitOneAndAreListedWithLocationAndFix()
    {
        string file = _tree.Write("Bad.cs", "namespace D {\n public class A {\n  public int? Value;\n  public System.Action<int> Changed;\n }\n}\n");

        (int exitCode, string output, _) = Run(stubs.RepositoryRoot, file);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
        Assert.Contains("Bad.cs:3:10: error [CS0518]", output, StringComparison.Ordinal);
        Assert.Contains("fix: nullable value types", output, StringComparison.Ordinal);
        Assert.Contains("IL scan     : skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IlFindingsExitOne()
    {
        string file = _tree.Write("Grid.cs", "namespace D { public class A { public int[,] Grid; } }");

        (int exitCode, string output, _) = Run(stubs.RepositoryRoot, file);

        Assert.Equal(1, exitCode);
        Assert.Contains("multidimensional array [field D.A.Grid]", output, StringComparison.Ordinal);
        Assert.Contains("jagged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NfprojReferencesAreUsedWhenNoReferencesOptionIsGiven()
    {
        _tree.Write("App/Program.cs", "namespace D { public static class P { public static double F() { return System.Math.Sqrt(2.0); } } }");
        string nfproj = _tree.Write("App/App.nfproj",
            """
            <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup><Compile Include="Program.cs" /></ItemGroup>
              <ItemGroup><Reference Include="mscorlib" /><Reference Include="System.Math" /></ItemGroup>
            </Project>
            """);

        (int exitCode, string output, _) = Run(stubs.RepositoryRoot, nfproj);

        Assert.True(exitCode == 0, output);
        Assert.Contains("References  : mscorlib, System.Math", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-file")]
    [InlineData("unknown-reference")]
    [InlineData("no-input")]
    [InlineData("unknown-option")]
    [InlineData("bad-api-folder")]
    public void BadUsageExitsTwoWithAMessage(string problem)
    {
        string file = _tree.Write("Ok.cs", "namespace D { public class A { } }");
        string[] args = problem switch
        {
            "missing-file" => ["does/not/exist.projitems"],
            "unknown-reference" => ["--references", "System.Linq", file],
            "no-input" => ["--name", "x"],
            "unknown-option" => ["--frobnicate", file],
            _ => ["--api", _tree.PathOf("nowhere"), file],
        };

        (int exitCode, _, string error) = Run(stubs.RepositoryRoot, args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("device check: ", error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
        if (problem == "unknown-reference")
        {
            Assert.Contains("Known assemblies: ", error, StringComparison.Ordinal);
            Assert.Contains("System.Math", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutApiOptionOutsideTheRepositoryItIsAUsageError()
    {
        string file = _tree.Write("Ok.cs", "namespace D { public class A { } }");

        (int exitCode, _, string error) = Run(_tree.Root, file);

        Assert.Equal(2, exitCode);
        Assert.Contains("ChandlerLoop.sln", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = DeviceCheckRunner.Run(args, output, error, currentDirectory);
        return (exitCode, output.ToString(), error.ToString());
    }
}
