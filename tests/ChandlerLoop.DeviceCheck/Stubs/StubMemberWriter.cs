using System.Text;
using System.Text.RegularExpressions;
using ChandlerLoop.DeviceCheck.Api;

namespace ChandlerLoop.DeviceCheck.Stubs;

/// <summary>Writes the members of one class, struct or interface stub.</summary>
internal sealed class StubMemberWriter
{
    private const string Body = " { throw null; }";

    private readonly ApiCatalog _catalog;
    private readonly TypeJson _type;
    private readonly StringBuilder _source;
    private readonly bool _isInterface;

    public StubMemberWriter(ApiCatalog catalog, TypeJson type, StringBuilder source)
    {
        _catalog = catalog;
        _type = type;
        _source = source;
        _isInterface = type.Kind == "interface";
    }

    public static string ReturnType(string type, string? refKind) => refKind switch
    {
        "ref" => "ref " + CSharpSyntax.Type(type),
        "in" or "ref readonly" => "ref readonly " + CSharpSyntax.Type(type),
        _ => CSharpSyntax.Type(type),
    };

    public static string ParameterList(List<ParameterJson> parameters, bool explicitImplementation, bool isExtension = false)
    {
        var written = new List<string>();
        for (int i = 0; i < parameters.Count; i++)
        {
            ParameterJson parameter = parameters[i];
            var text = new StringBuilder(CSharpSyntax.Attributes(parameter.Attributes));
            if (i == 0 && isExtension)
            {
                text.Append("this ");
            }

            if (parameter.IsParams)
            {
                text.Append("params ");
            }

            if (parameter.RefKind is not null)
            {
                text.Append(parameter.RefKind).Append(' ');
            }

            text.Append(CSharpSyntax.Type(parameter.Type)).Append(' ').Append(CSharpSyntax.Identifier(parameter.Name));
            if (!explicitImplementation && parameter.IsOptional && parameter.DefaultValue is not null)
            {
                text.Append(" = ").Append(CSharpSyntax.Constant(parameter.DefaultValue, parameter.Type));
            }

            written.Add(text.ToString());
        }

        return string.Join(", ", written);
    }

    public void WriteAll()
    {
        bool isClass = _type.Kind == "class";
        if (isClass && !_type.IsStatic && !_type.Members.Any(m => m.Kind == "constructor"))
        {
            // The real class has only non-visible constructors; without this C# would add a public one.
            _source.Append("internal ").Append(CSharpSyntax.Identifier(_type.Name)).Append("()")
                .Append(BaseConstructorCall()).AppendLine(Body);
        }

        foreach (MemberJson member in _type.Members)
        {
            switch (member.Kind)
            {
                case "constructor":
                    WriteConstructor(member);
                    break;
                case "finalizer":
                    _source.Append('~').Append(CSharpSyntax.Identifier(_type.Name)).AppendLine("() { }");
                    break;
                case "const":
                    _source.Append(CSharpSyntax.Attributes(member.Attributes)).Append(member.Visibility).Append(" const ")
                        .Append(CSharpSyntax.Type(member.Type!)).Append(' ').Append(CSharpSyntax.Identifier(member.Name))
                        .Append(" = ").Append(CSharpSyntax.Constant(member.Value!, member.Type!)).AppendLine(";");
                    break;
                case "field":
                    _source.Append(CSharpSyntax.Attributes(member.Attributes)).Append(member.Visibility).Append(' ')
                        .Append(member.IsStatic ? "static " : "").Append(member.IsReadOnly ? "readonly " : "")
                        .Append(member.IsVolatile ? "volatile " : "").Append(CSharpSyntax.Type(member.Type!)).Append(' ')
                        .Append(CSharpSyntax.Identifier(member.Name)).AppendLine(";");
                    break;
                case "property":
                case "indexer":
                    WriteProperty(member);
                    break;
                case "event":
                    WriteEvent(member);
                    break;
                case "method":
                case "operator":
                case "conversion":
                    WriteMethod(member);
                    break;
            }
        }
    }

    private void WriteConstructor(MemberJson member)
    {
        if (_type.Kind == "struct" && member.Parameters.Count == 0)
        {
            return; // C# 9 structs cannot declare a parameterless constructor.
        }

        _source.Append(CSharpSyntax.Attributes(member.Attributes)).Append(member.Visibility).Append(' ')
            .Append(CSharpSyntax.Identifier(_type.Name)).Append('(')
            .Append(ParameterList(member.Parameters, explicitImplementation: false)).Append(')');
        if (_type.Kind == "class")
        {
            _source.Append(BaseConstructorCall());
        }

        _source.AppendLine(Body);
    }

    private void WriteMethod(MemberJson member)
    {
        _source.Append(CSharpSyntax.Attributes(member.Attributes));
        _source.Append(CSharpSyntax.Attributes(member.ReturnAttributes, "return: "));
        _source.Append(Modifiers(member));
        string returnType = ReturnType(member.ReturnType ?? "System.Void", member.ReturnRefKind);
        string parameters = ParameterList(member.Parameters, member.IsExplicitInterfaceImplementation, member.IsExtension);
        bool repeatsConstraints = member.IsExplicitInterfaceImplementation || (member.Modifier?.Contains("override") ?? false);
        if (member.Kind == "conversion")
        {
            _source.Append(member.Operator).Append(" operator ").Append(returnType);
        }
        else if (member.Kind == "operator")
        {
            _source.Append(returnType).Append(" operator ").Append(member.Operator);
        }
        else
        {
            _source.Append(returnType).Append(' ').Append(MemberName(member))
                .Append(StubGenerator.GenericParameterList(member.GenericParameters, withVariance: false));
        }

        _source.Append('(').Append(parameters).Append(')');
        if (!repeatsConstraints)
        {
            _source.Append(StubGenerator.GenericConstraints(member.GenericParameters));
        }

        _source.AppendLine(HasBody(member) ? Body : ";");
    }

    private void WriteProperty(MemberJson member)
    {
        if (member.Kind == "indexer" && member.MetadataName is not null && !member.IsExplicitInterfaceImplementation)
        {
            _source.Append("[global::System.Runtime.CompilerServices.IndexerName(")
                .Append(Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(member.MetadataName, quote: true)).Append(")] ");
        }

        _source.Append(CSharpSyntax.Attributes(member.Attributes)).Append(Modifiers(member))
            .Append(ReturnType(member.Type!, member.ReturnRefKind)).Append(' ');
        if (member.Kind == "indexer")
        {
            string owner = member.IsExplicitInterfaceImplementation ? CSharpSyntax.Type(member.Implements[0].Type) + "." : "";
            _source.Append(owner).Append("this[")
                .Append(ParameterList(member.Parameters, member.IsExplicitInterfaceImplementation)).Append(']');
        }
        else
        {
            _source.Append(MemberName(member));
        }

        _source.Append(" {");
        WriteAccessor(member, member.Getter, "get");
        WriteAccessor(member, member.Setter, member.Setter?.IsInitOnly == true ? "init" : "set");
        _source.AppendLine(" }");
    }

    private void WriteAccessor(MemberJson member, AccessorJson? accessor, string keyword)
    {
        if (accessor is null)
        {
            return;
        }

        _source.Append(' ').Append(CSharpSyntax.Attributes(accessor.Attributes));
        if (accessor.Visibility != member.Visibility && !_isInterface)
        {
            _source.Append(accessor.Visibility).Append(' ');
        }

        _source.Append(keyword).Append(HasBody(member) ? Body : ";");
    }

    private void WriteEvent(MemberJson member)
    {
        _source.Append(CSharpSyntax.Attributes(member.Attributes)).Append(Modifiers(member)).Append("event ")
            .Append(CSharpSyntax.Type(member.Type!)).Append(' ').Append(MemberName(member));
        _source.AppendLine(HasBody(member) ? " { add { throw null; } remove { throw null; } }" : ";");
    }

    private string Modifiers(MemberJson member)
    {
        if (member.IsExplicitInterfaceImplementation)
        {
            return "";
        }

        if (_isInterface)
        {
            return member.IsStatic ? "static " : "";
        }

        var text = new StringBuilder(member.Visibility).Append(' ');
        if (member.IsStatic)
        {
            text.Append("static ");
        }

        if (member.Modifier is not null)
        {
            text.Append(member.Modifier).Append(' ');
        }

        return text.ToString();
    }

    private bool HasBody(MemberJson member) =>
        !_isInterface && !(member.Modifier?.StartsWith("abstract", StringComparison.Ordinal) ?? false);

    private static string MemberName(MemberJson member) => member.IsExplicitInterfaceImplementation
        ? CSharpSyntax.Type(member.Implements[0].Type) + "." + CSharpSyntax.Identifier(member.Implements[0].Member)
        : CSharpSyntax.Identifier(member.Name);

    /// <summary>
    /// <c>: base(default(T1), ...)</c> when the base class has no constructor callable without
    /// arguments; the base's generic parameters are replaced by this type's base-type arguments.
    /// </summary>
    private string BaseConstructorCall()
    {
        if (_type.BaseType is not { } baseReference || baseReference.Id == "System.Object")
        {
            return "";
        }

        TypeJson? baseType = _catalog.FindType(baseReference.Id);
        var constructors = baseType?.Members.Where(m => m.Kind == "constructor").ToList() ?? [];
        if (baseType is null || constructors.Count == 0 || constructors.Any(c => c.Parameters.All(p => p.IsOptional)))
        {
            return "";
        }

        MemberJson? chosen = constructors.FirstOrDefault(c => c.Parameters.All(p => p.RefKind is null or "in"));
        if (chosen is null)
        {
            return "";
        }

        Dictionary<string, string> substitution = GenericArguments(baseReference.Type, baseType.GenericParameters);
        IEnumerable<string> arguments = chosen.Parameters.Select(p => $"default({CSharpSyntax.Type(Substitute(p.Type, substitution))})");
        return " : base(" + string.Join(", ", arguments) + ")";
    }

    private static Dictionary<string, string> GenericArguments(string constructedType, List<GenericParameterJson> parameters)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        int open = constructedType.IndexOf('<', StringComparison.Ordinal);
        if (open < 0 || parameters.Count == 0)
        {
            return map;
        }

        var arguments = new List<string>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < constructedType.Length; i++)
        {
            char c = constructedType[i];
            if (c == '<')
            {
                depth++;
            }
            else if ((c == ',' && depth == 0) || (c == '>' && depth == 0))
            {
                arguments.Add(constructedType[start..i].Trim());
                start = i + 1;
                if (c == '>')
                {
                    break;
                }
            }
            else if (c == '>')
            {
                depth--;
            }
        }

        for (int i = 0; i < Math.Min(arguments.Count, parameters.Count); i++)
        {
            map[parameters[i].Name] = arguments[i];
        }

        return map;
    }

    private static string Substitute(string type, Dictionary<string, string> map) => map.Count == 0
        ? type
        : Regex.Replace(type, @"(?<![\w.])[A-Za-z_]\w*(?![\w.])", m => map.GetValueOrDefault(m.Value, m.Value));
}
