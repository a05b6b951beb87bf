using System.Globalization;
using System.Text.Json;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>
/// Writes a run export as one JSON document (UTF-8, indented):
/// <c>{ "format": "chandlerloop-run-export", "format_version": 1, "simulated": bool, "notice": text,
/// "run_key", "exported_utc", "audit_head_hash", "protocol_snapshot": {the run's frozen protocol},
/// "acceptance": {the stored AcceptanceReport or null}, "tables": { "&lt;table&gt;": [ {column: value} ] } }</c>.
/// Tables and columns are those of <see cref="RunExportTables"/>; times are ISO 8601 UTC.
/// </summary>
internal static class RunExportJson
{
    /// <summary>Format name in every export.</summary>
    public const string FormatName = "chandlerloop-run-export";

    /// <summary>Version of this layout.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the document to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, RunDossier d, IReadOnlyList<ExportTable> tables, DateTime exportedAtUtc)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("format_version", FormatVersion);
        w.WriteBoolean("simulated", d.Run.IsSimulated);
        w.WriteString("notice", d.Run.IsSimulated
            ? "SIMULATED RUN: virtual rig and example results, not a real experiment."
            : "Run record exported from ChandlerLoop.");
        w.WriteString("run_key", d.Run.RunKey);
        w.WriteString("exported_utc", CliFormat.IsoTime(exportedAtUtc));
        w.WriteString("audit_head_hash", d.AuditHeadHash);
        w.WritePropertyName("protocol_snapshot");
        WriteRawOrString(w, d.Run.ProtocolSnapshotJson);
        w.WritePropertyName("acceptance");
        WriteRawOrString(w, d.Run.AcceptanceJson);
        w.WriteStartObject("tables");
        foreach (var table in tables)
        {
            w.WriteStartArray(table.Name);
            foreach (var row in table.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    w.WritePropertyName(table.Columns[i]);
                    WriteValue(w, row[i]);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRawOrString(Utf8JsonWriter w, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            w.WriteNullValue();
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            document.RootElement.WriteTo(w);
        }
        catch (JsonException)
        {
            w.WriteStringValue(json);
        }
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case double x when double.IsFinite(x):
                w.WriteNumberValue(x);
                break;
            case double x:
                w.WriteStringValue(x.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime t:
                w.WriteStringValue(CliFormat.IsoTime(t));
                break;
            default:
                w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
