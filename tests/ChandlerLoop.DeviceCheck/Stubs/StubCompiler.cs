using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ChandlerLoop.DeviceCheck.Api;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ChandlerLoop.DeviceCheck.Stubs;

/// <summary>
/// Compiles generated stubs with Roslyn in dependency order into metadata-only reference
/// assemblies. The equivalent of NoStdLib / NoCompilerStandardLib /
/// DisableImplicitFrameworkReferences: a stub references only the stubs of its own API references,
/// and mscorlib references nothing (it defines System.Object itself). C# 9, nullable off, CS0108 and
/// CS0114 suppressed (metadata cannot show the <c>new</c> modifier). Results are kept per instance
/// and, when a cache folder is given, on disk under a hash of the generated source, its
/// dependencies' hashes and the Roslyn version, so a second run skips compilation.
/// </summary>
public sealed class StubCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp9);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Disable,
                deterministic: true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS0108"] = ReportDiagnostic.Suppress,
                ["CS0114"] = ReportDiagnostic.Suppress,
            });

    private readonly ApiCatalog _catalog;
    private readonly StubGenerator _generator;
    private readonly string? _cacheDirectory;
    private readonly Dictionary<string, (MetadataReference? Reference, string Hash)> _built = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<StubBuildError> _errors = [];
    private readonly object _gate = new();

    /// <summary>Creates a compiler; <paramref name="cacheDirectory"/> null disables the disk cache.</summary>
    public StubCompiler(ApiCatalog catalog, string? cacheDirectory)
    {
        _catalog = catalog;
        _generator = new StubGenerator(catalog);
        _cacheDirectory = cacheDirectory;
    }

    /// <summary>The default disk cache: a folder in the user's temp directory.</summary>
    public static string DefaultCacheDirectory => Path.Combine(Path.GetTempPath(), "chandlerloop-devicecheck-stubs");

    /// <summary>Builds the named assemblies and all their API references.</summary>
    public StubSet Build(IEnumerable<string> assemblyNames)
    {
        lock (_gate)
        {
            IReadOnlyList<string> order = _catalog.DependencyOrder(assemblyNames);
            foreach (string name in order)
            {
                if (!_built.ContainsKey(name))
                {
                    _built[name] = BuildOne(name);
                }
            }

            var references = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in order)
            {
                if (_built[name].Reference is { } reference)
                {
                    references[name] = reference;
                }
            }

            var errors = _errors.Where(e => order.Contains(e.AssemblyName, StringComparer.OrdinalIgnoreCase)).ToList();
            return new StubSet(references, errors);
        }
    }

    /// <summary>Builds every assembly of the catalog.</summary>
    public StubSet BuildAll() => Build(_catalog.AssemblyNames);

    private (MetadataReference? Reference, string Hash) BuildOne(string name)
    {
        List<string> dependencies = _catalog.DependencyOrder([name]).Where(d => d != name).ToList();
        var dependencyReferences = new List<MetadataReference>();
        var key = new StringBuilder(typeof(CSharpCompilation).Assembly.GetName().Version?.ToString()).Append('|');
        foreach (string dependency in dependencies)
        {
            (MetadataReference? reference, string hash) = _built[dependency];
            if (reference is null)
            {
                _errors.Add(new StubBuildError(name, $"not built: its reference {dependency} failed to compile"));
                return (null, "");
            }

            dependencyReferences.Add(reference);
            key.Append(dependency).Append('=').Append(hash).Append('|');
        }

        string source = _generator.Generate(name);
        key.Append(source);
        string sourceHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..20];

        string? cachePath = _cacheDirectory is null ? null : Path.Combine(_cacheDirectory, $"{name}-{sourceHash}.dll");
        if (cachePath is not null && File.Exists(cachePath))
        {
            return (MetadataReference.CreateFromImage(File.ReadAllBytes(cachePath)), sourceHash);
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"{name}.stub.cs");
        CSharpCompilation compilation = CSharpCompilation.Create(name, [tree], dependencyReferences, CompilationOptions);
        using var image = new MemoryStream();
        EmitResult result = compilation.Emit(image, options: new EmitOptions(metadataOnly: true));
        if (!result.Success)
        {
            foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                _errors.Add(new StubBuildError(name, diagnostic.ToString()));
            }

            return (null, sourceHash);
        }

        byte[] bytes = image.ToArray();
        if (cachePath is not null)
        {
            WriteCacheFile(cachePath, bytes);
        }

        return (MetadataReference.CreateFromImage(ImmutableArray.Create(bytes)), sourceHash);
    }

    private static void WriteCacheFile(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            // The cache only saves time; a read-only or contended temp folder is not an error.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
