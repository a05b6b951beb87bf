using ChandlerLoop.DeviceCheck.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ChandlerLoop.DeviceCheck.Compilation;

/// <summary>
/// Compiles device source the way the nanoFramework project system does: C# 9, nullable
/// disabled, optimisation on, and as references only the given stub assemblies (no framework).
/// </summary>
public static class DeviceSourceCompiler
{
    /// <summary>The symbol the nanoFramework build defines for every project.</summary>
    public const string NanoFrameworkSymbol = "NANOFRAMEWORK_1_0";

    /// <summary>
    /// Compiles <paramref name="sources"/> into a library named <paramref name="assemblyName"/>.
    /// <paramref name="preprocessorSymbols"/> are added to <see cref="NanoFrameworkSymbol"/>.
    /// </summary>
    public static DeviceCompilationResult Compile(
        string assemblyName,
        IReadOnlyList<DeviceSource> sources,
        IEnumerable<MetadataReference> references,
        IEnumerable<string>? preprocessorSymbols = null)
    {
        string[] symbols = [NanoFrameworkSymbol, .. preprocessorSymbols ?? []];
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: symbols);
        var trees = sources
            .Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, path: source.Path, encoding: System.Text.Encoding.UTF8))
            .ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Disable,
            deterministic: true);
        CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, references, options);

        using var image = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(image, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));

        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(ToFinding)
            .ToList();
        int warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return result.Success
            ? new DeviceCompilationResult(errors, warnings, image.ToArray(), pdb.ToArray(), TypeLocations(compilation))
            : new DeviceCompilationResult(errors, warnings, null, null, new Dictionary<string, SourceLocation>());
    }

    /// <summary>Declaration place of every source type, keyed like the IL scanner names types.</summary>
    private static Dictionary<string, SourceLocation> TypeLocations(CSharpCompilation compilation)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var pending = new Stack<(INamespaceOrTypeSymbol Symbol, string Prefix)>();
        pending.Push((compilation.Assembly.GlobalNamespace, ""));
        while (pending.Count > 0)
        {
            (INamespaceOrTypeSymbol container, string prefix) = pending.Pop();
            foreach (INamespaceOrTypeSymbol member in container.GetMembers().OfType<INamespaceOrTypeSymbol>())
            {
                string key = prefix + member.MetadataName;
                if (member is INamedTypeSymbol && member.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                {
                    FileLinePositionSpan span = location.GetMappedLineSpan();
                    locations[key] = new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
                }

                pending.Push((member, key + "."));
            }
        }

        return locations;
    }

    private static CheckFinding ToFinding(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        string hint = CompilerErrorHints.For(diagnostic.Id, message);
        if (!diagnostic.Location.IsInSource)
        {
            return new CheckFinding(FindingKind.CompilerError, null, 0, 0, diagnostic.Id, message, hint);
        }

        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return new CheckFinding(
            FindingKind.CompilerError,
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            message,
            hint);
    }
}
