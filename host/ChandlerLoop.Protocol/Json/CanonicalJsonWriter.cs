using System.Buffers;
using System.Globalization;
using System.Text;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Writes one JSON object (flat, or with a nested object such as the status's <c>cal</c>) in the canonical form (docs/protocol.md, "Canonical form"): no whitespace,
/// fields in the order they are written, numbers through <see cref="CanonicalNumber"/>, strings as UTF-8
/// with only <c>"</c>, <c>\</c> and control characters escaped. It checks only what it cannot write
/// (non-finite numbers, unpaired surrogates); ranges are the reader's job.
/// </summary>
internal sealed class CanonicalJsonWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private bool _needsComma;

    public CanonicalJsonWriter() => Raw((byte)'{');

    public byte[] Finish()
    {
        Raw((byte)'}');
        return _buffer.WrittenSpan.ToArray();
    }

    public void String(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            Literal("null");
            return;
        }

        if (!ProtocolText.IsWellFormedText(value))
        {
            throw new ProtocolEncodingException(ProtocolReason.OutOfRange, $"{name} contains an unpaired UTF-16 surrogate and cannot be written as UTF-8");
        }

        Raw((byte)'"');
        foreach (var rune in value.EnumerateRunes())
        {
            WriteEscaped(rune);
        }

        Raw((byte)'"');
    }

    public void Number(NumberRule rule, double value)
    {
        Name(rule.Field);
        WriteNumber(rule, value);
    }

    public void Number(NumberRule rule, double? value)
    {
        Name(rule.Field);
        if (value is { } number)
        {
            WriteNumber(rule, number);
        }
        else
        {
            Literal("null");
        }
    }

    public void NumberArray(NumberRule rule, IReadOnlyList<double> values)
    {
        Name(rule.Field);
        Raw((byte)'[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Raw((byte)',');
            }

            WriteNumber(rule, values[i]);
        }

        Raw((byte)']');
    }

    public void Integer(string name, long value)
    {
        Name(name);
        Span<byte> digits = stackalloc byte[24];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        _buffer.Write(digits[..written]);
    }

    /// <summary>Writes <paramref name="name"/> and opens a nested object; its members follow, then <see cref="EndObject"/>.</summary>
    public void BeginObject(string name)
    {
        Name(name);
        Raw((byte)'{');
        _needsComma = false;
    }

    /// <summary>Closes the object opened by <see cref="BeginObject"/>.</summary>
    public void EndObject()
    {
        Raw((byte)'}');
        _needsComma = true;
    }

    public void Boolean(string name, bool value)
    {
        Name(name);
        Literal(value ? "true" : "false");
    }

    private void WriteNumber(NumberRule rule, double value)
    {
        if (!CanonicalNumber.IsWritable(value, rule.Decimals))
        {
            throw new ProtocolEncodingException(ProtocolReason.OutOfRange, rule.Check(value) ?? $"{rule.Field} cannot be written");
        }

        Span<byte> text = stackalloc byte[32];
        _buffer.Write(text[..CanonicalNumber.Write(value, rule.Decimals, text)]);
    }

    private void Name(string name)
    {
        if (_needsComma)
        {
            Raw((byte)',');
        }

        _needsComma = true;
        Raw((byte)'"');
        _buffer.Write(Encoding.ASCII.GetBytes(name));
        Raw((byte)'"');
        Raw((byte)':');
    }

    private void WriteEscaped(Rune rune)
    {
        switch (rune.Value)
        {
            case '"': Literal("\\\""); return;
            case '\\': Literal("\\\\"); return;
            case '\b': Literal("\\b"); return;
            case '\f': Literal("\\f"); return;
            case '\n': Literal("\\n"); return;
            case '\r': Literal("\\r"); return;
            case '\t': Literal("\\t"); return;
        }

        if (rune.Value < 0x20)
        {
            Literal("\\u00" + rune.Value.ToString("x2", CultureInfo.InvariantCulture));
            return;
        }

        Span<byte> utf8 = stackalloc byte[4];
        _buffer.Write(utf8[..rune.EncodeToUtf8(utf8)]);
    }

    private void Literal(string ascii) => _buffer.Write(Encoding.ASCII.GetBytes(ascii));

    private void Raw(byte b)
    {
        _buffer.GetSpan(1)[0] = b;
        _buffer.Advance(1);
    }
}
