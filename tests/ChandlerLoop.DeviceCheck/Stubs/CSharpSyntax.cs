using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChandlerLoop.DeviceCheck.Api;
using Microsoft.CodeAnalysis.CSharp;

namespace ChandlerLoop.DeviceCheck.Stubs;

/// <summary>
/// Turns the schema's type strings, names, constants and attributes into C# source text.
/// Every named type is written <c>global::</c>-qualified so that namespaces such as
/// <c>nanoFramework.System</c> cannot capture <c>System</c>.
/// </summary>
internal static partial class CSharpSyntax
{
    private static readonly Dictionary<string, string> IntegralKeywords = new(StringComparer.Ordinal)
    {
        ["System.Byte"] = "byte",
        ["System.SByte"] = "sbyte",
        ["System.Int16"] = "short",
        ["System.UInt16"] = "ushort",
        ["System.Int32"] = "int",
        ["System.UInt32"] = "uint",
        ["System.Int64"] = "long",
        ["System.UInt64"] = "ulong",
    };

    /// <summary>A type string from the JSON as C# (System.Void becomes void).</summary>
    public static string Type(string schemaType)
    {
        if (schemaType == "System.Void")
        {
            return "void";
        }

        // A dotted name that does not continue a previous name (".Inner" after "Outer<A>") is a
        // namespace-qualified type; bare names are generic parameters.
        return QualifiedName().Replace(schemaType, match => "global::" + EscapeDotted(match.Value));
    }

    /// <summary>The enum base as a keyword (C# 9 accepts only integral keywords there).</summary>
    public static string EnumBase(string schemaType) =>
        IntegralKeywords.TryGetValue(schemaType, out string? keyword) ? keyword : "int";

    /// <summary>An identifier, escaped with @ when it is a C# keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A constant as a C# expression of <paramref name="declaredType"/> (the field or parameter
    /// type; enum-typed constants carry the underlying type and are cast).
    /// </summary>
    public static string Constant(TypedValueJson constant, string declaredType)
    {
        if (constant.Type == "null")
        {
            return "null";
        }

        if (constant.Type == "default")
        {
            return "default";
        }

        string literal = Literal(constant.Type, constant.Value);
        bool needsCast = declaredType != constant.Type && declaredType != "System.Object";
        return needsCast ? $"({Type(declaredType)})({literal})" : literal;
    }

    /// <summary>One attribute as <c>[global::X(args, Name = value)]</c>, with an optional target.</summary>
    public static string Attribute(AttributeJson attribute, string target = "")
    {
        var arguments = new List<string>();
        arguments.AddRange(attribute.Arguments.Select(AttributeArgument));
        arguments.AddRange(attribute.NamedArguments.Select(named => $"{named.Name} = {AttributeArgument(named)}"));
        string argumentList = arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")";
        return $"[{target}{Type(attribute.Type)}{argumentList}]";
    }

    /// <summary>The attributes that are not implied by syntax, each in its own brackets.</summary>
    public static string Attributes(IEnumerable<AttributeJson> attributes, string target = "")
    {
        var text = new StringBuilder();
        foreach (AttributeJson attribute in attributes.Where(a => !a.ImpliedBySyntax))
        {
            text.Append(Attribute(attribute, target)).Append(' ');
        }

        return text.ToString();
    }

    private static string AttributeArgument(TypedValueJson argument)
    {
        if (argument.Value.ValueKind == JsonValueKind.Null || argument.Value.ValueKind == JsonValueKind.Undefined)
        {
            return "null";
        }

        if (argument.Type == "System.Type")
        {
            return $"typeof({Type(argument.Value.GetString() ?? "System.Object")})";
        }

        if (argument.Value.ValueKind == JsonValueKind.Array)
        {
            var items = argument.Value.EnumerateArray()
                .Select(item => AttributeArgument(item.Deserialize<TypedValueJson>(JsonElementOptions) ?? new TypedValueJson()));
            return $"new {Type(argument.Type)} {{ {string.Join(", ", items)} }}";
        }

        if (IsLiteralType(argument.Type))
        {
            return Literal(argument.Type, argument.Value);
        }

        // An enum value: its integer, cast to the enum type.
        return $"({Type(argument.Type)})({argument.Value.GetString()})";
    }

    private static readonly JsonSerializerOptions JsonElementOptions = new() { PropertyNameCaseInsensitive = true };

    private static bool IsLiteralType(string type) =>
        IntegralKeywords.ContainsKey(type) || type is "System.Boolean" or "System.Char" or "System.String"
            or "System.Single" or "System.Double" or "System.Object";

    private static string Literal(string type, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
        {
            return value.GetBoolean() ? "true" : "false";
        }

        string text = value.GetString() ?? "";
        switch (type)
        {
            case "System.String":
                return SymbolDisplay.FormatLiteral(text, quote: true);
            case "System.Char":
                return "'\\u" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture) + "'";
            case "System.Double":
                return FloatingLiteral(text, "D");
            case "System.Single":
                return FloatingLiteral(text, "F");
            case "System.Int64":
                return text + "L";
            case "System.UInt32":
                return text + "U";
            case "System.UInt64":
                return text + "UL";
            case "System.Int32":
                return text;
            default:
                // Byte, SByte, Int16, UInt16 have no literal suffix.
                return $"({Type(type)})({text})";
        }
    }

    private static string FloatingLiteral(string text, string suffix) => text switch
    {
        "NaN" => $"(0.0{suffix} / 0.0{suffix})",
        "Infinity" => $"(1.0{suffix} / 0.0{suffix})",
        "-Infinity" => $"(-1.0{suffix} / 0.0{suffix})",
        "-0" => $"(-0.0{suffix})",
        _ => text + suffix,
    };

    private static string EscapeDotted(string dotted) =>
        string.Join(".", dotted.Split('.').Select(Identifier));

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")]
    private static partial Regex QualifiedName();
}
