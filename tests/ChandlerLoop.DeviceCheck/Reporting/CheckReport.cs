namespace ChandlerLoop.DeviceCheck.Reporting;

/// <summary>
/// The result of one device-safety check: what was checked, the counts, and every finding.
/// <see cref="ExitCode"/> is 0 when clean and 1 when anything was found.
/// </summary>
public sealed class CheckReport
{
    /// <summary>Creates a report.</summary>
    public CheckReport(
        string name,
        string apiDirectory,
        int apiAssemblyCount,
        IReadOnlyList<string> references,
        int sourceFileCount,
        int compilerWarningCount,
        bool ilScanned,
        IReadOnlyList<CheckFinding> findings)
    {
        Name = name;
        ApiDirectory = apiDirectory;
        ApiAssemblyCount = apiAssemblyCount;
        References = references;
        SourceFileCount = sourceFileCount;
        CompilerWarningCount = compilerWarningCount;
        IlScanned = ilScanned;
        Findings = findings;
    }

    /// <summary>What was checked, for the heading ("control core").</summary>
    public string Name { get; }

    /// <summary>The API JSON folder the stubs came from.</summary>
    public string ApiDirectory { get; }

    /// <summary>How many assemblies the API folder describes.</summary>
    public int ApiAssemblyCount { get; }

    /// <summary>The stub assemblies the source was compiled against.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>How many C# files were compiled.</summary>
    public int SourceFileCount { get; }

    /// <summary>Compiler warnings (reported as a count only; they are not findings).</summary>
    public int CompilerWarningCount { get; }

    /// <summary>False when compilation failed, so there was no IL to scan.</summary>
    public bool IlScanned { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CheckFinding> Findings { get; }

    /// <summary>0 when there are no findings, 1 otherwise.</summary>
    public int ExitCode => Findings.Count == 0 ? 0 : 1;

    /// <summary>How many findings of one kind there are.</summary>
    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);

    /// <summary>Writes the readable report; paths are shown relative to <paramref name="root"/>.</summary>
    public void Write(TextWriter output, string? root)
    {
        output.WriteLine($"Device-safety check: {Name}");
        output.WriteLine($"  API surface : {Display(ApiDirectory, root)} ({ApiAssemblyCount} assemblies)");
        output.WriteLine($"  References  : {string.Join(", ", References)}");
        output.WriteLine($"  Sources     : {SourceFileCount} C# file(s), compiled as C# 9, nullable off, optimised, against these stubs only");
        if (Count(FindingKind.StubBuild) > 0)
        {
            output.WriteLine($"  Stubs       : {Count(FindingKind.StubBuild)} stub error(s) (a defect of the check or the API JSON)");
        }

        output.WriteLine($"  Compiler    : {Count(FindingKind.CompilerError)} error(s), {CompilerWarningCount} warning(s)");
        output.WriteLine(IlScanned
            ? $"  IL scan     : {Count(FindingKind.GenericTypeDefinition)} generic type definition(s), "
              + $"{Count(FindingKind.GenericMethodDefinition)} generic method definition(s), "
              + $"{Count(FindingKind.GenericInstantiation)} generic instantiation(s), "
              + $"{Count(FindingKind.MultidimensionalArray)} multidimensional array(s)"
            : "  IL scan     : skipped (the source did not compile)");

        if (Findings.Count == 0)
        {
            output.WriteLine("PASS: nothing the device cannot compile or load.");
            return;
        }

        output.WriteLine($"FAIL: {Findings.Count} finding(s)");
        foreach (CheckFinding finding in Findings)
        {
            output.WriteLine($"  {finding.FormatLocation(root)}: {Label(finding.Kind)} [{finding.Subject}] {finding.Message}");
            if (finding.Hint.Length > 0)
            {
                output.WriteLine($"      fix: {finding.Hint}");
            }
        }
    }

    private static string Label(FindingKind kind) => kind switch
    {
        FindingKind.StubBuild => "stub build error",
        FindingKind.CompilerError => "error",
        FindingKind.GenericTypeDefinition => "generic type definition",
        FindingKind.GenericMethodDefinition => "generic method definition",
        FindingKind.GenericInstantiation => "generic instantiation",
        FindingKind.MultidimensionalArray => "multidimensional array",
        _ => "finding",
    };

    private static string Display(string path, string? root) =>
        root is null ? path : Path.GetRelativePath(root, path);
}
