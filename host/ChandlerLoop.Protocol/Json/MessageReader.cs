using System.Text.Json;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Reads the top-level fields of one message and records the first problem. Every read after a failure
/// returns a default and changes nothing, so a decoder reads fields in the order of docs/protocol.md and
/// checks <see cref="Failed"/> once at the end: the first failure is the answer, as on the rig.
/// </summary>
internal sealed partial class MessageReader
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeated = new(StringComparer.Ordinal);

    public MessageReader(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            // A name holding an unpaired surrogate escape cannot equal any name the protocol defines
            // (all plain ASCII): it is an unknown field, ignored like any other.
            if (!TryGetName(property, out var name))
            {
                continue;
            }

            if (!_fields.TryAdd(name, property.Value))
            {
                _repeated.Add(name);
            }
        }
    }

    public ProtocolRejection? Rejection { get; private set; }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    public bool Failed => Rejection is not null;

    public bool Has(string name) => _fields.ContainsKey(name);

    public bool IsRepeated(string name) => _repeated.Contains(name);

    /// <summary>The field's element without recording anything when it is absent.</summary>
    public bool TryPeek(string name, out JsonElement element) => _fields.TryGetValue(name, out element);

    public void Fail(ProtocolReason reason, string detail) => Rejection ??= new ProtocolRejection(reason, detail);

    /// <summary>Fails with <c>malformed_json</c> when one of <paramref name="known"/> appears more than once.</summary>
    public void RejectRepeated(IEnumerable<string> known)
    {
        foreach (var name in known)
        {
            if (_repeated.Contains(name))
            {
                Fail(ProtocolReason.MalformedJson, $"{name} appears more than once");
                return;
            }
        }
    }

    public double Number(NumberRule rule) => ReadNumber(rule, nullable: false) ?? 0;

    public double? NullableNumber(NumberRule rule) => ReadNumber(rule, nullable: true);

    public double NumberOrDefault(NumberRule rule, double defaultValue) =>
        Has(rule.Field) ? Number(rule) : defaultValue;

    public long Integer(IntegerRule rule)
    {
        if (!TryGet(rule.Field, out var element))
        {
            return 0;
        }

        if (!TryReadInteger(element, rule.Field, out var value))
        {
            return 0;
        }

        Check(rule.Check(value));
        return value;
    }

    public long? OptionalInteger(IntegerRule rule) => Has(rule.Field) ? Integer(rule) : null;

    public bool Boolean(string name)
    {
        if (!TryGet(name, out var element))
        {
            return false;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Fail(ProtocolReason.WrongFieldType, $"{name} must be true or false");
        return false;
    }

    public bool BooleanOrDefault(string name, bool defaultValue) => Has(name) ? Boolean(name) : defaultValue;

    /// <summary>A required string (null allowed only when <paramref name="nullable"/>).</summary>
    public string? String(string name, bool nullable)
    {
        if (!TryGet(name, out var element))
        {
            return null;
        }

        return ReadString(element, name, nullable);
    }

    /// <summary>A run id, or null when <paramref name="nullable"/> and the field is <c>null</c>.</summary>
    public string? RunId(string name, bool nullable)
    {
        var text = String(name, nullable);
        if (text is not null && !ProtocolText.IsValidRunId(text))
        {
            Fail(ProtocolReason.OutOfRange, $"{name} must be 1-40 characters of A-Za-z0-9-_");
        }

        return text;
    }

    /// <summary>Free text with a length in code points; control characters refused when <paramref name="allowControl"/> is false.</summary>
    public string? Text(string name, int minimumLength, int maximumLength, bool nullable, bool allowControl)
    {
        var text = String(name, nullable);
        if (text is null || Failed)
        {
            return text;
        }

        var length = ProtocolText.CountCharacters(text);
        if (length < minimumLength || length > maximumLength)
        {
            Fail(ProtocolReason.OutOfRange, $"{name} must be {minimumLength}-{maximumLength} characters");
        }
        else if (!allowControl && text.Any(char.IsControl))
        {
            Fail(ProtocolReason.OutOfRange, $"{name} must not contain control characters");
        }

        return text;
    }

    public delegate bool NameParser<TEnum>(string? wire, out TEnum value);

    /// <summary>An enumeration name; unknown names are <c>out_of_range</c> with <paramref name="allowed"/> in the detail.</summary>
    public TEnum Name<TEnum>(string name, NameParser<TEnum> parse, string allowed)
        where TEnum : struct
    {
        var text = String(name, nullable: false);
        if (Failed || text is null)
        {
            return default;
        }

        if (!parse(text, out var value))
        {
            Fail(ProtocolReason.OutOfRange, $"{name} must be {allowed}");
        }

        return value;
    }

    public void Check(string? problem, ProtocolReason reason = ProtocolReason.OutOfRange)
    {
        if (problem is not null)
        {
            Fail(reason, problem);
        }
    }

    private string? ReadString(JsonElement element, string name, bool nullable)
    {
        if (element.ValueKind == JsonValueKind.Null && nullable)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Fail(ProtocolReason.WrongFieldType, $"{name} must be a string");
            return null;
        }

        return JsonStrings.Read(element);
    }

    /// <summary>The field's element; fails with <c>missing_field</c> when absent.</summary>
    private bool TryGet(string name, out JsonElement element)
    {
        element = default;
        if (Failed)
        {
            return false;
        }

        if (_fields.TryGetValue(name, out element))
        {
            return true;
        }

        Fail(ProtocolReason.MissingField, $"{name} is missing");
        return false;
    }
}
