namespace ChandlerLoop.Host.Services.Results;

/// <summary>A clot photo to store with a clot score: the original file name (for its extension) and the bytes.</summary>
public sealed record ClotPhoto(string FileName, byte[] Content)
{
    /// <summary>Largest accepted photo, bytes (50 MiB).</summary>
    public const int MaximumBytes = 50 * 1024 * 1024;

    /// <summary>Accepted file extensions (lower case, with the dot).</summary>
    public static IReadOnlyList<string> AcceptedExtensions { get; } = new[] { ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".webp" };
}
