using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using ChandlerLoop.DeviceCheck.Reporting;

namespace ChandlerLoop.DeviceCheck.Scanning;

/// <summary>
/// Scans a compiled device assembly's metadata and IL for what the nanoFramework stable runtime
/// cannot load (firmware/device-api/README.md, "Does not work"): generic type and method
/// definitions, generic instantiations (TypeSpec GENERICINST, MethodSpec rows, any signature that
/// contains GENERICINST) and multidimensional arrays (ELEMENT_TYPE_ARRAY in any signature: fields,
/// methods, properties, locals, type specs, member references, IL operands). Types that the compiler
/// embeds itself (marked Microsoft.CodeAnalysis.EmbeddedAttribute, e.g. IsReadOnlyAttribute) are
/// skipped: the real nanoFramework build produces them too.
/// </summary>
public sealed class IlScanner
{
    private const string MetadataContext = "assembly metadata";
    private const string EmbeddedAttribute = "Microsoft.CodeAnalysis.EmbeddedAttribute";
    private const string JaggedHint = "multidimensional arrays crash the device at load: use a jagged array (T[][]) or a flat T[] indexed row * columns + column";
    private const string ActionFuncHint = "Action<T>/Func<T> crash at load on the stable runtime: declare a non-generic delegate (e.g. 'public delegate void ValueHandler(double value);')";
    private const string InstanceHint = "the device cannot load generic instantiations: use a non-generic type (declare a non-generic delegate, a concrete class, or object with a cast)";

    private readonly MetadataReader _reader;
    private readonly PEReader _pe;
    private readonly SourceMap _sourceMap;
    private readonly List<CheckFinding> _findings = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, SourceLocation> _typeLocations;

    private IlScanner(PEReader pe, SourceMap sourceMap, IReadOnlyDictionary<string, SourceLocation> typeLocations)
    {
        _typeLocations = typeLocations;
        _pe = pe;
        _reader = pe.GetMetadataReader();
        _sourceMap = sourceMap;
    }

    /// <summary>
    /// Scans a PE image. <paramref name="pdb"/> (portable PDB) maps IL to source lines;
    /// <paramref name="typeLocations"/> (metadata type name, e.g. <c>Demo.Box`1</c> or
    /// <c>Demo.Outer.Inner</c>, to its declaration) places type-level findings.
    /// </summary>
    public static IReadOnlyList<CheckFinding> Scan(byte[] image, byte[]? pdb, IReadOnlyDictionary<string, SourceLocation>? typeLocations = null)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        using var sourceMap = new SourceMap(pdb);
        var scanner = new IlScanner(pe, sourceMap, typeLocations ?? new Dictionary<string, SourceLocation>());
        scanner.ScanAll();
        return scanner._findings;
    }

    private void ScanAll()
    {
        foreach (TypeDefinitionHandle typeHandle in _reader.TypeDefinitions)
        {
            TypeDefinition type = _reader.GetTypeDefinition(typeHandle);
            if (IsEmbedded(typeHandle, type))
            {
                continue;
            }

            ScanType(typeHandle, type);
        }

        // Anything not reached through a definition (e.g. only used in attribute metadata).
        foreach (TypeSpecificationHandle handle in Enumerable.Range(1, _reader.GetTableRowCount(TableIndex.TypeSpec)).Select(MetadataTokens.TypeSpecificationHandle))
        {
            CheckEntity(handle, MetadataContext, SourceLocation.Unknown);
        }

        foreach (MemberReferenceHandle handle in _reader.MemberReferences)
        {
            CheckEntity(handle, MetadataContext, SourceLocation.Unknown);
        }

        foreach (MethodSpecificationHandle handle in Enumerable.Range(1, _reader.GetTableRowCount(TableIndex.MethodSpec)).Select(MetadataTokens.MethodSpecificationHandle))
        {
            CheckEntity(handle, MetadataContext, SourceLocation.Unknown);
        }
    }

    private void ScanType(TypeDefinitionHandle typeHandle, TypeDefinition type)
    {
        string typeName = MetadataNames.Of(_reader, typeHandle);
        SourceLocation typeLocation = TypeLocation(typeName, type);
        if (type.GetGenericParameters().Count > 0)
        {
            Add(FindingKind.GenericTypeDefinition, typeLocation, typeName,
                $"defines the generic type {MetadataNames.WithoutArity(typeName)}<{GenericParameterNames(type.GetGenericParameters())}>",
                "generic types crash the nanoFramework runtime at load: write a concrete type for the element type you need (or store object and cast)");
        }

        if (!type.BaseType.IsNil)
        {
            CheckEntity(type.BaseType, "base type of " + typeName, typeLocation);
        }

        foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
        {
            CheckEntity(_reader.GetInterfaceImplementation(implementation).Interface, "interface of " + typeName, typeLocation);
        }

        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = _reader.GetFieldDefinition(fieldHandle);
            CheckShape(field.DecodeSignature(SignatureShapeProvider.Instance, null), $"field {typeName}.{_reader.GetString(field.Name)}", typeLocation);
        }

        foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
        {
            PropertyDefinition property = _reader.GetPropertyDefinition(propertyHandle);
            CheckShape(SignatureShapeProvider.Of(property.DecodeSignature(SignatureShapeProvider.Instance, null)),
                $"property {typeName}.{_reader.GetString(property.Name)}", typeLocation);
        }

        foreach (EventDefinitionHandle eventHandle in type.GetEvents())
        {
            EventDefinition definition = _reader.GetEventDefinition(eventHandle);
            CheckEntity(definition.Type, $"event {typeName}.{_reader.GetString(definition.Name)}", typeLocation);
        }

        foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
        {
            ScanMethod(methodHandle, typeName);
        }
    }

    private void ScanMethod(MethodDefinitionHandle methodHandle, string typeName)
    {
        MethodDefinition method = _reader.GetMethodDefinition(methodHandle);
        string methodName = typeName + "." + _reader.GetString(method.Name);
        SourceLocation location = _sourceMap.Locate(methodHandle);
        int genericCount = method.GetGenericParameters().Count;
        if (genericCount > 0)
        {
            Add(FindingKind.GenericMethodDefinition, location, methodName,
                $"defines the generic method {methodName}<{GenericParameterNames(method.GetGenericParameters())}>",
                "the nanoFramework MetadataProcessor rejects generic methods: write one overload per type you need");
        }

        CheckShape(SignatureShapeProvider.Of(method.DecodeSignature(SignatureShapeProvider.Instance, null)), "signature of " + methodName, location);
        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        MethodBodyBlock body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            StandaloneSignature locals = _reader.GetStandaloneSignature(body.LocalSignature);
            foreach (SignatureShape local in locals.DecodeLocalSignature(SignatureShapeProvider.Instance, null))
            {
                CheckShape(local, "local variable in " + methodName, location);
            }
        }

        foreach (ExceptionRegion region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                CheckEntity(region.CatchType, "catch clause in " + methodName, location);
            }
        }

        foreach ((int offset, int token) in IlTokenReader.Tokens(IlTokenReader.Bytes(body)))
        {
            EntityHandle handle = MetadataTokens.EntityHandle(token);
            CheckEntity(handle, methodName, _sourceMap.Locate(methodHandle, offset));
        }
    }

    /// <summary>Checks a token-referenced entity (type spec, member ref, method spec, calli signature).</summary>
    private void CheckEntity(EntityHandle handle, string context, SourceLocation location)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeSpecification:
                CheckShape(_reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(SignatureShapeProvider.Instance, null), context, location);
                break;

            case HandleKind.MethodSpecification:
                MethodSpecification spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                ImmutableArray<SignatureShape> arguments = spec.DecodeSignature(SignatureShapeProvider.Instance, null);
                string method = MemberName(spec.Method) + "<" + string.Join(", ", arguments.Select(a => a.Name)) + ">";
                Add(FindingKind.GenericInstantiation, location, context, $"calls the generic method instantiation {method}",
                    "the device cannot load generic method instantiations: use a non-generic overload");
                break;

            case HandleKind.MemberReference:
                MemberReference member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                if (member.Parent.Kind == HandleKind.TypeSpecification)
                {
                    CheckEntity(member.Parent, context, location);
                }

                SignatureShape signature = member.GetKind() == MemberReferenceKind.Method
                    ? SignatureShapeProvider.Of(member.DecodeMethodSignature(SignatureShapeProvider.Instance, null))
                    : member.DecodeFieldSignature(SignatureShapeProvider.Instance, null);
                CheckShape(signature with { Name = MemberName(handle) + " : " + signature.Name }, context, location);
                break;

            case HandleKind.StandaloneSignature:
                StandaloneSignature standalone = _reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (standalone.GetKind() == StandaloneSignatureKind.Method)
                {
                    CheckShape(SignatureShapeProvider.Of(standalone.DecodeMethodSignature(SignatureShapeProvider.Instance, null)), context, location);
                }

                break;
        }
    }

    private void CheckShape(SignatureShape shape, string context, SourceLocation location)
    {
        if (shape.HasGenericInstance)
        {
            bool actionOrFunc = shape.Name.Contains("System.Action<", StringComparison.Ordinal) || shape.Name.Contains("System.Func<", StringComparison.Ordinal);
            Add(FindingKind.GenericInstantiation, location, context, $"uses the generic instantiation {shape.Name}", actionOrFunc ? ActionFuncHint : InstanceHint);
        }

        if (shape.HasMultidimensionalArray)
        {
            Add(FindingKind.MultidimensionalArray, location, context, $"uses a multidimensional array: {shape.Name}", JaggedHint);
        }
    }

    private void Add(FindingKind kind, SourceLocation location, string subject, string message, string hint)
    {
        // One finding per problem and place; the metadata sweep only adds problems that
        // no definition reached.
        string key = $"{kind}|{message}";
        if (subject == MetadataContext ? _reported.Contains(key) : !_reported.Add($"{key}|{subject}|{location.File}:{location.Line}"))
        {
            return;
        }

        _reported.Add(key);
        _findings.Add(new CheckFinding(kind, location.File, location.Line, location.Column, subject, message, hint));
    }

    private string GenericParameterNames(GenericParameterHandleCollection parameters) =>
        string.Join(", ", parameters.Select(p => _reader.GetString(_reader.GetGenericParameter(p).Name)));

    private string MemberName(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => MetadataNames.Of(_reader, (MethodDefinitionHandle)handle),
        HandleKind.MemberReference => MetadataNames.OfType(_reader, _reader.GetMemberReference((MemberReferenceHandle)handle).Parent)
            + "." + _reader.GetString(_reader.GetMemberReference((MemberReferenceHandle)handle).Name),
        _ => handle.Kind.ToString(),
    };

    private SourceLocation TypeLocation(string typeName, TypeDefinition type)
    {
        if (_typeLocations.TryGetValue(typeName, out SourceLocation declared))
        {
            return declared;
        }

        foreach (MethodDefinitionHandle method in type.GetMethods())
        {
            SourceLocation location = _sourceMap.Locate(method);
            if (location.File is not null)
            {
                return location;
            }
        }

        return SourceLocation.Unknown;
    }

    private bool IsEmbedded(TypeDefinitionHandle handle, TypeDefinition type)
    {
        if (MetadataNames.Of(_reader, handle) == EmbeddedAttribute)
        {
            return true;
        }

        foreach (CustomAttributeHandle attributeHandle in type.GetCustomAttributes())
        {
            CustomAttribute attribute = _reader.GetCustomAttribute(attributeHandle);
            EntityHandle attributeType = attribute.Constructor.Kind switch
            {
                HandleKind.MethodDefinition => _reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
                HandleKind.MemberReference => _reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
                _ => default,
            };
            if (!attributeType.IsNil && MetadataNames.OfType(_reader, attributeType) == EmbeddedAttribute)
            {
                return true;
            }
        }

        return false;
    }
}
