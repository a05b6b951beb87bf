namespace ChandlerLoop.DeviceCheck.Projects;

/// <summary>What the check compiles, as read from the command-line inputs.</summary>
/// <param name="SourceFiles">Absolute paths of the C# files, sorted and without duplicates.</param>
/// <param name="References">Assembly names from .nfproj <c>&lt;Reference&gt;</c> items (empty for projitems/.cs inputs).</param>
/// <param name="DefineConstants">Preprocessor symbols from .nfproj <c>&lt;DefineConstants&gt;</c>.</param>
public sealed record DeviceProject(
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<string> References,
    IReadOnlyList<string> DefineConstants);
