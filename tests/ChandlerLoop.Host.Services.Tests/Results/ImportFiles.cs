namespace ChandlerLoop.Host.Services.Tests.Results;

/// <summary>Finds the example instrument exports in Results/Files of the test source tree.</summary>
internal static class ImportFiles
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "ChandlerLoop.Host.Services.Tests", "Results", "Files", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Example import file not found above " + AppContext.BaseDirectory, fileName);
    }

    public static MemoryStream Text(string csv) => new(System.Text.Encoding.UTF8.GetBytes(csv));
}
