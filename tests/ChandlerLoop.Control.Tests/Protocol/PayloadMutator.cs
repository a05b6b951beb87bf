using System.Text;
using System.Text.Json;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Turns a valid command into a damaged one: byte flips, truncation, field deletion, type
/// swaps, huge numbers, deep nesting, long strings, duplicated fields. Also the harmless changes
/// (unknown fields, field order, whitespace) that must not change what is decoded.</summary>
internal static class PayloadMutator
{
    private static readonly string[] Values =
    {
        "\"x\"", "\"\"", "1", "-1", "0.5", "0", "-0", "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}",
        "1e308", "-1e308", "1e999", "-1e999", "1e-999", "123456789012345678901234567890", "2147483648", "-2147483649",
        "\"\\u0000\"", "\"\\ud800\"", "[\"a\",null]", "3.0", "17", "\"rig-01\"", "\"command\"", "\"start_prewarm\"",
    };

    private static List<(string Key, string Raw)> Members(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
    }

    private static byte[] Join(IEnumerable<(string Key, string Raw)> members, string colon = ":", string comma = ",") =>
        Encoding.UTF8.GetBytes("{" + string.Join(comma, members.Select(m => JsonSerializer.Serialize(m.Key) + colon + m.Raw)) + "}");

    public static string RandomValue(Random r) => Values[r.Next(Values.Length)];

    public static byte[] Damage(byte[] valid, Random r)
    {
        var members = Members(valid);
        int index = r.Next(members.Count);
        switch (r.Next(9))
        {
            case 0:
            {
                byte[] copy = (byte[])valid.Clone();
                for (int flips = r.Next(1, 4); flips > 0; flips--)
                {
                    copy[r.Next(copy.Length)] = (byte)r.Next(256);
                }

                return copy;
            }
            case 1:
                return valid[..r.Next(valid.Length)];
            case 2:
                members.RemoveAt(index);
                return Join(members);
            case 3:
            case 4:
                members[index] = (members[index].Key, RandomValue(r));
                return Join(members);
            case 5:
            {
                int depth = r.Next(1, 40);
                string nested = r.Next(2) == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                members[index] = (members[index].Key, nested);
                return Join(members);
            }
            case 6:
                members[index] = (members[index].Key, "\"" + new string('é', r.Next(1, 1500)) + "\"");
                return Join(members);
            case 7:
                members.Insert(r.Next(members.Count + 1), (members[index].Key, RandomValue(r)));
                return Join(members);
            default:
                members[index] = (members[index].Key, members[index].Raw + RandomValue(r));
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Join(members)));
        }
    }

    /// <summary>Unknown fields added, fields shuffled, whitespace added: the same command.</summary>
    public static byte[] Harmless(byte[] valid, Random r)
    {
        var members = Members(valid);
        for (int extra = r.Next(0, 4); extra > 0; extra--)
        {
            members.Insert(r.Next(members.Count + 1), ("unknown_" + r.Next(1000), RandomValue(r)));
        }

        members = members.OrderBy(_ => r.Next()).ToList();
        string colon = r.Next(2) == 0 ? ":" : " :\t";
        string comma = r.Next(2) == 0 ? "," : "\r\n , ";
        return Join(members, colon, comma);
    }
}
