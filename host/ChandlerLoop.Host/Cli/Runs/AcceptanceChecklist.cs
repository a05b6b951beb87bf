using System.Globalization;
using System.Text.Json;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>
/// Reads the acceptance checklist stored in Run.AcceptanceJson (the serialized AcceptanceReport:
/// an object with "outcome" and a "checks" array of { code, title, passed, value, limit, unit,
/// detail }; property names matched case-insensitively). Unreadable JSON gives no rows and a problem text.
/// </summary>
internal static class AcceptanceChecklist
{
    /// <summary>One row of the checklist as text.</summary>
    internal sealed record Row(string Code, string Title, bool? Passed, string Value, string Limit, string Unit, string Detail);

    /// <summary>The rows of <paramref name="json"/>; <paramref name="problem"/> says why none could be read.</summary>
    public static IReadOnlyList<Row> Read(string? json, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = "not evaluated";
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var checks = Find(document.RootElement, "checks");
            if (checks is not { ValueKind: JsonValueKind.Array } array)
            {
                problem = "no checks in the stored evaluation";
                return [];
            }

            var rows = new List<Row>();
            foreach (var check in array.EnumerateArray())
            {
                var passed = Find(check, "passed");
                rows.Add(new Row(Text(check, "code"), Text(check, "title"),
                    passed is { ValueKind: JsonValueKind.True } ? true : passed is { ValueKind: JsonValueKind.False } ? false : null,
                    Text(check, "value"), Text(check, "limit"), Text(check, "unit"), Text(check, "detail")));
            }

            return rows;
        }
        catch (JsonException e)
        {
            problem = "stored evaluation is not valid JSON: " + e.Message;
            return [];
        }
    }

    private static JsonElement? Find(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string Text(JsonElement element, string name) => Find(element, name) switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } n => n.GetDouble().ToString("0.###", CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.Null } => "",
        { } other => other.GetRawText(),
    };
}
