using System.Text.Json;

// Data-transfer types for firmware/device-api/json/*.json (schema: firmware/device-api/json/README.md).
// They mirror the JSON one to one; absent booleans are false and absent arrays are empty, as the
// schema specifies. Internal: only the stub generator reads them.
namespace ChandlerLoop.DeviceCheck.Api;

internal sealed class ApiAssemblyJson
{
    public int SchemaVersion { get; set; }
    public AssemblyIdentityJson Assembly { get; set; } = new();
    public bool IsCoreLibrary { get; set; }
    public List<AssemblyIdentityJson> References { get; set; } = [];
    public List<TypeJson> Types { get; set; } = [];
}

internal sealed class AssemblyIdentityJson
{
    public string Name { get; set; } = "";
    public string Version { get; set; } = "0.0.0.0";
    public string? PublicKeyToken { get; set; }
}

internal sealed class TypeJson
{
    public string Id { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Namespace { get; set; } = "";
    public string Name { get; set; } = "";
    public string? DeclaringType { get; set; }
    public string Visibility { get; set; } = "public";
    public string Kind { get; set; } = "class";
    public bool IsAbstract { get; set; }
    public bool IsSealed { get; set; }
    public bool IsStatic { get; set; }
    public bool IsReadOnly { get; set; }
    public bool IsRefLike { get; set; }
    public List<GenericParameterJson> GenericParameters { get; set; } = [];
    public TypeReferenceJson? BaseType { get; set; }
    public List<TypeReferenceJson> Interfaces { get; set; } = [];
    public string? EnumUnderlyingType { get; set; }
    public List<EnumMemberJson> EnumMembers { get; set; } = [];
    public DelegateSignatureJson? DelegateSignature { get; set; }
    public List<AttributeJson> Attributes { get; set; } = [];
    public List<MemberJson> Members { get; set; } = [];
    public ImplementationHintsJson ImplementationHints { get; set; } = new();
}

internal sealed class GenericParameterJson
{
    public string Name { get; set; } = "";
    public string? Variance { get; set; }
    public bool ClassConstraint { get; set; }
    public bool StructConstraint { get; set; }
    public bool UnmanagedConstraint { get; set; }
    public bool NewConstraint { get; set; }
    public List<string> TypeConstraints { get; set; } = [];
}

internal sealed class TypeReferenceJson
{
    public string Type { get; set; } = "";
    public string Id { get; set; } = "";
}

internal sealed class EnumMemberJson
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "0";
    public List<AttributeJson> Attributes { get; set; } = [];
}

internal sealed class DelegateSignatureJson
{
    public string ReturnType { get; set; } = "System.Void";
    public string? ReturnRefKind { get; set; }
    public List<ParameterJson> Parameters { get; set; } = [];
}

internal sealed class AttributeJson
{
    public string Type { get; set; } = "";
    public List<TypedValueJson> Arguments { get; set; } = [];
    public List<NamedArgumentJson> NamedArguments { get; set; } = [];
    public bool ImpliedBySyntax { get; set; }
}

/// <summary>A typed constant: numbers are invariant-culture strings, see the schema's "Constants".</summary>
internal class TypedValueJson
{
    public string Type { get; set; } = "";
    public JsonElement Value { get; set; }
}

internal sealed class NamedArgumentJson : TypedValueJson
{
    public string Name { get; set; } = "";
    public string MemberKind { get; set; } = "property";
}

internal sealed class MemberJson
{
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? MetadataName { get; set; }
    public string Visibility { get; set; } = "public";
    public bool IsStatic { get; set; }
    public string? Modifier { get; set; }
    public bool IsReadOnly { get; set; }
    public bool IsVolatile { get; set; }
    public bool IsExtension { get; set; }
    public bool IsExplicitInterfaceImplementation { get; set; }
    public List<ImplementedMemberJson> Implements { get; set; } = [];
    public List<GenericParameterJson> GenericParameters { get; set; } = [];
    public string? ReturnType { get; set; }
    public string? ReturnRefKind { get; set; }
    public List<AttributeJson> ReturnAttributes { get; set; } = [];
    public string? Type { get; set; }
    public TypedValueJson? Value { get; set; }
    public string? Operator { get; set; }
    public List<ParameterJson> Parameters { get; set; } = [];
    public AccessorJson? Getter { get; set; }
    public AccessorJson? Setter { get; set; }
    public AccessorJson? Adder { get; set; }
    public AccessorJson? Remover { get; set; }
    public List<AttributeJson> Attributes { get; set; } = [];
}

internal sealed class AccessorJson
{
    public string Visibility { get; set; } = "public";
    public string? Modifier { get; set; }
    public bool IsInitOnly { get; set; }
    public List<AttributeJson> Attributes { get; set; } = [];
}

internal sealed class ImplementedMemberJson
{
    public string Type { get; set; } = "";
    public string Id { get; set; } = "";
    public string Member { get; set; } = "";
}

internal sealed class ParameterJson
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public string? RefKind { get; set; }
    public bool IsParams { get; set; }
    public bool IsOptional { get; set; }
    public TypedValueJson? DefaultValue { get; set; }
    public List<AttributeJson> Attributes { get; set; } = [];
}

internal sealed class ImplementationHintsJson
{
    public bool HasNonPublicInstanceFields { get; set; }
    public bool NonPublicFieldsMayContainReferences { get; set; }
    public bool HasNonPublicConstructors { get; set; }
}
