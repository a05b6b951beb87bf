using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace ChandlerLoop.DeviceCheck.Scanning;

/// <summary>
/// Decodes ECMA-335 signature blobs with <see cref="SignatureDecoder{TType,TGenericContext}"/> into
/// <see cref="SignatureShape"/>s: GENERICINST sets <c>HasGenericInstance</c>, ELEMENT_TYPE_ARRAY
/// (a multidimensional array; <c>T[]</c> is SZARRAY) sets <c>HasMultidimensionalArray</c>.
/// </summary>
internal sealed class SignatureShapeProvider : ISignatureTypeProvider<SignatureShape, object?>
{
    public static readonly SignatureShapeProvider Instance = new();

    public SignatureShape GetPrimitiveType(PrimitiveTypeCode typeCode) => new(typeCode switch
    {
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Char => "char",
        PrimitiveTypeCode.SByte => "sbyte",
        PrimitiveTypeCode.Byte => "byte",
        PrimitiveTypeCode.Int16 => "short",
        PrimitiveTypeCode.UInt16 => "ushort",
        PrimitiveTypeCode.Int32 => "int",
        PrimitiveTypeCode.UInt32 => "uint",
        PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.UInt64 => "ulong",
        PrimitiveTypeCode.Single => "float",
        PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string",
        PrimitiveTypeCode.Object => "object",
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        PrimitiveTypeCode.TypedReference => "TypedReference",
        _ => typeCode.ToString(),
    }, false, false);

    public SignatureShape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        new(MetadataNames.Of(reader, handle), false, false);

    public SignatureShape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        new(MetadataNames.Of(reader, handle), false, false);

    public SignatureShape GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public SignatureShape GetSZArrayType(SignatureShape elementType) => elementType with { Name = elementType.Name + "[]" };

    public SignatureShape GetArrayType(SignatureShape elementType, ArrayShape shape) =>
        new(elementType.Name + "[" + new string(',', Math.Max(0, shape.Rank - 1)) + "]", elementType.HasGenericInstance, true);

    public SignatureShape GetByReferenceType(SignatureShape elementType) => elementType with { Name = "ref " + elementType.Name };

    public SignatureShape GetPointerType(SignatureShape elementType) => elementType with { Name = elementType.Name + "*" };

    public SignatureShape GetPinnedType(SignatureShape elementType) => elementType;

    public SignatureShape GetModifiedType(SignatureShape modifier, SignatureShape unmodifiedType, bool isRequired) => unmodifiedType;

    public SignatureShape GetGenericInstantiation(SignatureShape genericType, ImmutableArray<SignatureShape> typeArguments)
    {
        string name = MetadataNames.WithoutArity(genericType.Name) + "<" + string.Join(", ", typeArguments.Select(a => a.Name)) + ">";
        return SignatureShape.Combine(name, typeArguments) with { HasGenericInstance = true };
    }

    public SignatureShape GetGenericMethodParameter(object? genericContext, int index) => new("!!" + index, false, false);

    public SignatureShape GetGenericTypeParameter(object? genericContext, int index) => new("!" + index, false, false);

    public SignatureShape GetFunctionPointerType(MethodSignature<SignatureShape> signature) =>
        Of(signature) with { Name = "function pointer" };

    /// <summary>A method signature's return and parameter types combined.</summary>
    public static SignatureShape Of(MethodSignature<SignatureShape> signature) =>
        SignatureShape.Combine(
            signature.ReturnType.Name + "(" + string.Join(", ", signature.ParameterTypes.Select(p => p.Name)) + ")",
            signature.ParameterTypes.Add(signature.ReturnType));
}
