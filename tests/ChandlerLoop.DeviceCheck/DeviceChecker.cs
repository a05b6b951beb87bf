using ChandlerLoop.DeviceCheck.Api;
using ChandlerLoop.DeviceCheck.Compilation;
using ChandlerLoop.DeviceCheck.Reporting;
using ChandlerLoop.DeviceCheck.Scanning;
using ChandlerLoop.DeviceCheck.Stubs;
using Microsoft.CodeAnalysis;

namespace ChandlerLoop.DeviceCheck;

/// <summary>
/// Runs the whole check on a set of sources: builds the selected stubs, compiles the sources
/// against exactly those stubs, and scans the IL when compilation succeeds.
/// </summary>
public sealed class DeviceChecker
{
    private readonly ApiCatalog _catalog;
    private readonly StubCompiler _stubs;

    /// <summary>Creates a checker; share one <see cref="StubCompiler"/> to build stubs once.</summary>
    public DeviceChecker(ApiCatalog catalog, StubCompiler stubs)
    {
        _catalog = catalog;
        _stubs = stubs;
    }

    /// <summary>
    /// mscorlib plus the given names, spelled as the API spells them. Throws
    /// <see cref="DeviceCheckUsageException"/> listing the known names when one is unknown.
    /// </summary>
    public IReadOnlyList<string> ResolveReferences(IEnumerable<string> names)
    {
        var resolved = new List<string> { ApiCatalog.CoreLibraryName };
        foreach (string name in names)
        {
            if (!_catalog.Contains(name))
            {
                throw new DeviceCheckUsageException(
                    $"unknown reference '{name}'. Known assemblies: {string.Join(", ", _catalog.AssemblyNames)}");
            }

            string canonical = _catalog.CanonicalName(name);
            if (!resolved.Contains(canonical, StringComparer.Ordinal))
            {
                resolved.Add(canonical);
            }
        }

        return resolved;
    }

    /// <summary>Checks <paramref name="sources"/> compiled against <paramref name="references"/> (mscorlib is added).</summary>
    public CheckReport Check(string name, IReadOnlyList<DeviceSource> sources, IEnumerable<string> references, IEnumerable<string>? defines = null)
    {
        IReadOnlyList<string> selected = ResolveReferences(references);
        StubSet stubs = _stubs.Build(selected);
        var findings = stubs.Errors
            .Select(error => new CheckFinding(FindingKind.StubBuild, null, 0, 0, error.AssemblyName, error.Message, "report this: the stub generator or the API JSON is wrong"))
            .ToList();

        int warnings = 0;
        bool scanned = false;
        if (stubs.Succeeded)
        {
            // Only the selected assemblies, not their dependencies: like a packages.config project,
            // device code may use only what it references itself.
            List<MetadataReference> selectedReferences = selected.Select(s => stubs.References[s]).ToList();
            DeviceCompilationResult compiled = DeviceSourceCompiler.Compile(AssemblyName(name), sources, selectedReferences, defines);
            findings.AddRange(compiled.Errors);
            warnings = compiled.WarningCount;
            if (compiled.Image is not null)
            {
                findings.AddRange(IlScanner.Scan(compiled.Image, compiled.Pdb, compiled.TypeLocations));
                scanned = true;
            }
        }

        return new CheckReport(name, _catalog.Directory, _catalog.AssemblyNames.Count, selected, sources.Count, warnings, scanned, findings);
    }

    private static string AssemblyName(string name)
    {
        string cleaned = new(name.Where(c => char.IsLetterOrDigit(c) || c == '.').ToArray());
        return cleaned.Length == 0 ? "DeviceCode" : cleaned;
    }
}
