using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>
/// Writes a run export as CSV files (RFC 4180, UTF-8, comma, header row, invariant numbers, ISO 8601
/// UTC times, empty = no value), one per table of <see cref="RunExportTables"/> ("run.csv", "rig.csv",
/// "loops.csv", ... "audit.csv"), plus "protocol_snapshot.json", "acceptance.json" (when evaluated)
/// and "README.txt" (what each file holds; for simulated runs it starts with "SIMULATED RUN").
/// Target: a folder, or a zip archive when the path ends in ".zip".
/// </summary>
internal static class RunExportCsv
{
    /// <summary>The files of the export, name → content, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Files(RunDossier d, IReadOnlyList<ExportTable> tables)
    {
        var files = new List<KeyValuePair<string, string>> { new("README.txt", Readme(d, tables)) };
        foreach (var table in tables)
        {
            files.Add(new(table.Name + ".csv", Csv(table)));
        }

        files.Add(new("protocol_snapshot.json", d.Run.ProtocolSnapshotJson));
        if (!string.IsNullOrWhiteSpace(d.Run.AcceptanceJson))
        {
            files.Add(new("acceptance.json", d.Run.AcceptanceJson));
        }

        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/> (created).</summary>
    public static void WriteFolder(string folder, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), content, new UTF8Encoding(false));
        }
    }

    /// <summary>Writes the files into a new zip archive at <paramref name="zipPath"/>.</summary>
    public static void WriteZip(string zipPath, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        using var stream = new FileStream(zipPath, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    }

    private static string Csv(ExportTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true))
        {
            csv.WriteRecord(table.Columns.ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row.Select(Field).ToArray());
            }
        }

        return text.ToString();
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double x => CliFormat.Raw(x),
        DateTime t => CliFormat.IsoTime(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Readme(RunDossier d, IReadOnlyList<ExportTable> tables)
    {
        var text = new StringBuilder();
        if (d.Run.IsSimulated)
        {
            text.Append("SIMULATED RUN: virtual rig and example results, not a real experiment.\n\n");
        }

        text.Append("ChandlerLoop run export of ").Append(d.Run.RunKey).Append(" (format ").Append(RunExportJson.FormatName)
            .Append(" v").Append(RunExportJson.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(", CSV layout).\n")
            .Append("Audit head hash at export: ").Append(d.AuditHeadHash).Append(" (compare with 'chandler audit verify').\n")
            .Append("CSV: UTF-8, comma-separated, header row, invariant numbers, times ISO 8601 UTC, empty field = no value.\n")
            .Append("Units are in the column names (e.g. dose_cells_per_milliliter); results.value is in results.unit (canonical unit).\n\n");
        foreach (var table in tables)
        {
            text.Append(table.Name).Append(".csv (").Append(table.Rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" rows): ")
                .Append(string.Join(", ", table.Columns)).Append('\n');
        }

        text.Append("protocol_snapshot.json: the protocol as frozen when the run was created.\n")
            .Append("acceptance.json: the stored acceptance evaluation (absent when not evaluated).\n");
        return text.ToString();
    }
}
