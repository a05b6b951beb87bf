namespace ChandlerLoop.DeviceCheck.Stubs;

/// <summary>A compiler error in a generated stub assembly (a defect of the generator or the JSON).</summary>
/// <param name="AssemblyName">The stub assembly that failed.</param>
/// <param name="Message">The compiler diagnostic, with the line in the generated source.</param>
public sealed record StubBuildError(string AssemblyName, string Message);
