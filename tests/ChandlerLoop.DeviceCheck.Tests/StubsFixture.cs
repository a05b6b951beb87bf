using ChandlerLoop.DeviceCheck.Api;
using ChandlerLoop.DeviceCheck.Compilation;
using ChandlerLoop.DeviceCheck.Reporting;
using ChandlerLoop.DeviceCheck.Stubs;

namespace ChandlerLoop.DeviceCheck.Tests;

/// <summary>
/// Builds all 28 stub assemblies once (in memory, no disk cache, so the build is really exercised)
/// and shares them with every test class in the "stubs" collection.
/// </summary>
public sealed class StubsFixture
{
    public StubsFixture()
    {
        RepositoryRoot = DeviceCheckRunner.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("ChandlerLoop.sln not found above the test output folder");
        ApiDirectory = Path.Combine(RepositoryRoot, "firmware", "device-api", "json");
        Catalog = ApiCatalog.Load(ApiDirectory);
        Compiler = new StubCompiler(Catalog, cacheDirectory: null);
        AllStubs = Compiler.BuildAll();
        Checker = new DeviceChecker(Catalog, Compiler);
    }

    public string RepositoryRoot { get; }

    public string ApiDirectory { get; }

    public ApiCatalog Catalog { get; }

    public StubCompiler Compiler { get; }

    public StubSet AllStubs { get; }

    public DeviceChecker Checker { get; }

    /// <summary>Checks one snippet as the file "Snippet.cs".</summary>
    public CheckReport CheckSnippet(string source, params string[] references) =>
        Checker.Check("snippet", [new DeviceSource("Snippet.cs", source)], references);
}
