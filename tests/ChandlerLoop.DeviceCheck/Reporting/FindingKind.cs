namespace ChandlerLoop.DeviceCheck.Reporting;

/// <summary>What kind of problem a <see cref="CheckFinding"/> is.</summary>
public enum FindingKind
{
    /// <summary>A generated stub assembly did not compile (a defect of the check itself).</summary>
    StubBuild,

    /// <summary>The device source does not compile against the device API (C# 9, stubs only).</summary>
    CompilerError,

    /// <summary>A generic class, struct, interface or delegate is defined in the device code.</summary>
    GenericTypeDefinition,

    /// <summary>A generic method is defined in the device code.</summary>
    GenericMethodDefinition,

    /// <summary>A generic type or method is instantiated (for example <c>Action&lt;int&gt;</c>).</summary>
    GenericInstantiation,

    /// <summary>A multidimensional array (<c>int[,]</c>) appears in a signature.</summary>
    MultidimensionalArray,
}
