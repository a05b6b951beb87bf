using Microsoft.CodeAnalysis;

namespace ChandlerLoop.DeviceCheck.Stubs;

/// <summary>
/// Compiled reference stubs, by assembly name (case-insensitive), plus the errors of any that
/// failed to compile. An assembly that failed (or whose dependency failed) has no reference.
/// </summary>
public sealed class StubSet
{
    internal StubSet(IReadOnlyDictionary<string, MetadataReference> references, IReadOnlyList<StubBuildError> errors)
    {
        References = references;
        Errors = errors;
    }

    /// <summary>Metadata references of the stubs that compiled.</summary>
    public IReadOnlyDictionary<string, MetadataReference> References { get; }

    /// <summary>Compiler errors of the stubs that did not compile; empty when all did.</summary>
    public IReadOnlyList<StubBuildError> Errors { get; }

    /// <summary>True when every requested stub compiled.</summary>
    public bool Succeeded => Errors.Count == 0;
}
