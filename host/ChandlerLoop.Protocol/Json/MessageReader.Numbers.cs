using System.Text.Json;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <content>Numeric reads: integers, numbers, nullable numbers and number arrays.</content>
internal sealed partial class MessageReader
{
    /// <summary>An array of numbers; a non-array or a non-number element is <c>wrong_field_type</c>.</summary>
    public IReadOnlyList<double> NumberArray(string name)
    {
        if (!TryGet(name, out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Fail(ProtocolReason.WrongFieldType, $"{name} must be an array of numbers");
            return [];
        }

        var values = new List<double>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number)
            {
                Fail(ProtocolReason.WrongFieldType, $"{name} must be an array of numbers");
                return [];
            }

            if (!item.TryGetDouble(out var value))
            {
                Fail(ProtocolReason.OutOfRange, $"{name} holds a number too large to read");
                return [];
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>Reads an integral JSON number (<c>3</c> or <c>3.0</c>) into <paramref name="value"/>.</summary>
    public bool TryReadInteger(JsonElement element, string name, out long value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            Fail(ProtocolReason.WrongFieldType, $"{name} must be an integer");
            return false;
        }

        if (element.TryGetInt64(out value))
        {
            return true;
        }

        if (!element.TryGetDouble(out var number))
        {
            Fail(ProtocolReason.OutOfRange, $"{name} is too large");
            return false;
        }

        if (Math.Floor(number) != number)
        {
            Fail(ProtocolReason.WrongFieldType, $"{name} must be an integer");
            return false;
        }

        if (Math.Abs(number) > ProtocolLimits.MaximumExactInteger)
        {
            Fail(ProtocolReason.OutOfRange, $"{name} is too large");
            return false;
        }

        value = (long)number;
        return true;
    }

    private double? ReadNumber(NumberRule rule, bool nullable)
    {
        if (!TryGet(rule.Field, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Null && nullable)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Fail(ProtocolReason.WrongFieldType, $"{rule.Field} must be a number");
            return null;
        }

        if (!element.TryGetDouble(out var value))
        {
            Fail(ProtocolReason.OutOfRange, $"{rule.Field} is too large");
            return null;
        }

        Check(rule.Check(value));
        return value;
    }
}
