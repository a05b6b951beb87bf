using System.Text.Json;
using System.Text.Json.Serialization;
using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Cli.Results;

/// <summary>
/// Reads a <see cref="CsvImportMapping"/> from JSON: property names as in the class, any case
/// (e.g. <c>{ "layout": "long", "tubeIdColumn": "Tube", "analyteColumn": "Analyte", "valueColumn":
/// "Result", "unitColumn": "Unit" }</c> or wide: <c>{ "layout": "wide", "tubeIdColumn": "Sample",
/// "analyteColumns": { "PLT (10^9/L)": "PLT" }, "defaultUnits": { "PLT": "10^9/L" } }</c>); comments and
/// trailing commas allowed. Problems become a <see cref="CliUsageException"/> naming --mapping.
/// </summary>
internal static class ImportMappingFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The mapping in <paramref name="path"/>.</summary>
    public static CsvImportMapping Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException("--mapping '" + path + "' does not exist.");
        }

        CsvImportMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<CsvImportMapping>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new CliUsageException("--mapping '" + path + "' is not a valid mapping: " + e.Message
                + " (layout: long or wide; columns: tubeIdColumn or loopPositionColumn + offsetMinutesColumn, analyteColumn + valueColumn or analyteColumns, unitColumn/defaultUnits, dilutionColumn, lloqColumn, uloqColumn, kitLotColumn).");
        }

        if (mapping is null)
        {
            throw new CliUsageException("--mapping '" + path + "' is empty.");
        }

        // The deserializer replaces the case-insensitive dictionaries with ordinal ones.
        mapping.AnalyteColumns = new Dictionary<string, string>(mapping.AnalyteColumns, StringComparer.OrdinalIgnoreCase);
        mapping.DefaultUnits = new Dictionary<string, string>(mapping.DefaultUnits, StringComparer.OrdinalIgnoreCase);
        return mapping;
    }
}
