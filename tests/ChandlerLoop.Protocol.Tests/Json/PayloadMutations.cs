using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>
/// Mutated golden payloads for robustness properties: byte flips, truncation, inserted bytes, deleted
/// spans, a value swapped for another JSON type or an extreme value, a field deleted or repeated.
/// </summary>
internal static partial class PayloadMutations
{
    private static readonly string[] ReplacementValues =
    [
        "null", "true", "false", "\"x\"", "\"\"", "0", "-0", "1.5", "-1", "1e400", "-1e400", "1e-400",
        "99999999999999999999", "9007199254740993", "2147483648", "3.0", "[]", "{}", "[1,2]", "{\"a\":1}",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\uDFFF\\uD800\"", "\"" + new string('y', 3000) + "\"",
        new string('[', 20) + new string(']', 20), new string('[', 16) + new string(']', 16),
        "\"offline\"", "\"running\"", "\"ok\"", "NaN", "Infinity", "0x10", "01", "1.", ".5", "+1",
    ];

    public static Gen<(string Topic, byte[] Payload)> Mutated =>
        from file in Gen.Elements(GoldenFiles.ValidNames().ToArray())
        from mutationCount in Gen.Choose(1, 3)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), mutationCount * 4)
        select (GoldenFiles.TopicFor(file), Apply(GoldenFiles.Payload(file), seeds));

    public static Gen<byte[]> RandomBytes =>
        Gen.Frequency(
            (3, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (1, from length in Gen.Choose(0, 3000)
                from fill in Gen.Elements((byte)'[', (byte)'{', (byte)'"', (byte)' ', (byte)'9', (byte)0xFF)
                select Enumerable.Repeat(fill, length).ToArray()));

    private static byte[] Apply(byte[] payload, int[] seeds)
    {
        var bytes = payload.ToList();
        for (var i = 0; i + 3 < seeds.Length; i += 4)
        {
            bytes = Mutate(bytes, seeds[i] % 7, seeds[i + 1], seeds[i + 2], seeds[i + 3]);
        }

        return bytes.ToArray();
    }

    private static List<byte> Mutate(List<byte> bytes, int kind, int a, int b, int c)
    {
        var n = Math.Max(bytes.Count, 1);
        switch (kind)
        {
            case 0:
                if (bytes.Count > 0)
                {
                    bytes[a % bytes.Count] = (byte)b;
                }

                return bytes;
            case 1:
                return bytes.Take(a % n).ToList();
            case 2:
                bytes.InsertRange(a % n, Enumerable.Range(0, (b % 8) + 1).Select(i => (byte)(c >> (i % 4 * 8))));
                return bytes;
            case 3:
                var start = a % n;
                bytes.RemoveRange(Math.Min(start, bytes.Count), Math.Min(b % 10, Math.Max(bytes.Count - start, 0)));
                return bytes;
            case 4:
                return ReplaceValue(bytes, a, ReplacementValues[b % ReplacementValues.Length]);
            case 5:
                return EditField(bytes, a, repeat: false);
            default:
                return EditField(bytes, a, repeat: true);
        }
    }

    private static List<byte> ReplaceValue(List<byte> bytes, int pick, string replacement)
    {
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var values = FieldValue().Matches(text);
        if (values.Count == 0)
        {
            return bytes;
        }

        var value = values[pick % values.Count].Groups[2];
        return Encoding.UTF8.GetBytes(text[..value.Index] + replacement + text[(value.Index + value.Length)..]).ToList();
    }

    private static List<byte> EditField(List<byte> bytes, int pick, bool repeat)
    {
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var fields = FieldValue().Matches(text);
        if (fields.Count == 0)
        {
            return bytes;
        }

        var field = fields[pick % fields.Count];
        var edited = repeat
            ? text[..field.Index] + field.Value + "," + text[field.Index..]
            : text[..field.Index] + text[(field.Index + field.Length)..].TrimStart(',');
        return Encoding.UTF8.GetBytes(edited).ToList();
    }

    [GeneratedRegex("(\"[a-z_]+\":)(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\]|[^,}\\]]+)")]
    private static partial Regex FieldValue();
}
