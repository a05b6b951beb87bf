namespace ChandlerLoop.Host.Services.Results;

/// <summary>Values of MarkerResult.Source: where a result came from.</summary>
public static class ResultSources
{
    /// <summary>Typed in by a user.</summary>
    public const string Manual = "manual";

    /// <summary>Example values entered for a simulated run.</summary>
    public const string Simulated = "simulated";

    /// <summary>Prefix of imported results: "import:&lt;file name&gt;".</summary>
    public const string ImportPrefix = "import:";

    /// <summary>The source text for a result imported from <paramref name="fileName"/> (directory parts dropped).</summary>
    public static string Import(string fileName) => ImportPrefix + Path.GetFileName(fileName);

    /// <summary>True for "manual", "simulated" or "import:&lt;name&gt;".</summary>
    public static bool IsValid(string? source) =>
        source is Manual or Simulated || (source is not null && source.StartsWith(ImportPrefix, StringComparison.Ordinal) && source.Length > ImportPrefix.Length);
}
