using ChandlerLoop.DeviceCheck.Reporting;

namespace ChandlerLoop.DeviceCheck.Compilation;

/// <summary>
/// The outcome of compiling device source against the stubs: the compiler errors as findings, and
/// on success the emitted assembly and its portable PDB (for the IL scan and source locations).
/// </summary>
public sealed class DeviceCompilationResult
{
    internal DeviceCompilationResult(IReadOnlyList<CheckFinding> errors, int warningCount, byte[]? image, byte[]? pdb, IReadOnlyDictionary<string, SourceLocation> typeLocations)
    {
        TypeLocations = typeLocations;
        Errors = errors;
        WarningCount = warningCount;
        Image = image;
        Pdb = pdb;
    }

    /// <summary>Every compiler error, in source order.</summary>
    public IReadOnlyList<CheckFinding> Errors { get; }

    /// <summary>How many compiler warnings there were (not findings; the real build reports them).</summary>
    public int WarningCount { get; }

    /// <summary>The emitted PE image; null when compilation failed.</summary>
    public byte[]? Image { get; }

    /// <summary>Where each source type is declared, by metadata name (<c>Demo.Box`1</c>, <c>Demo.Outer.Inner</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> TypeLocations { get; }

    /// <summary>The portable PDB of <see cref="Image"/>; null when compilation failed.</summary>
    public byte[]? Pdb { get; }
}
