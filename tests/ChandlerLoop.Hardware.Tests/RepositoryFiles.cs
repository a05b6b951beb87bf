using CsvHelper;

namespace ChandlerLoop.Hardware.Tests;

/// <summary>Finds and reads the repository's hardware files from the test's output directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>Absolute path of a file given relative to the repository root (the folder holding ChandlerLoop.sln).</summary>
    public static string PathOf(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChandlerLoop.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("ChandlerLoop.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory.FullName, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// Reads a CSV file with CsvHelper, checks that its header is exactly <paramref name="expectedHeader"/>
    /// and that every record has that many fields, and returns each record as column name → text.
    /// </summary>
    public static List<Dictionary<string, string>> ReadCsv(string relativePath, params string[] expectedHeader)
    {
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true };
        using var csv = CsvReader.FromFile(PathOf(relativePath), options);
        var records = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(expectedHeader, csv.Headers);
            Assert.True(
                csv.FieldCount == expectedHeader.Length,
                $"{relativePath} line {csv.LineNumber}: {csv.FieldCount} fields, expected {expectedHeader.Length}");
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < expectedHeader.Length; i++)
            {
                record[expectedHeader[i]] = csv.GetString(i);
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>The whole text of a repository file.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
