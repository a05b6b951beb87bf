using System.Security.Cryptography;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Hosting;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// Reads recorded clot photos from the <see cref="PhotoFolder"/> (the result service stores them as
/// "&lt;run key&gt;/loop-&lt;position&gt;-&lt;first 16 hex of the SHA-256&gt;.&lt;ext&gt;", the path relative to the folder
/// in <see cref="ClotScore.PhotoPath"/>) and checks each against its recorded SHA-256. A recorded path
/// that would leave the folder counts as missing; the file is never trusted over the record.
/// </summary>
internal static class ClotPhotoFiles
{
    /// <summary>
    /// Checks the photo of <paramref name="clot"/>: reads the whole file, hashes it and reads its type
    /// from its first bytes; <paramref name="keepContent"/> keeps the bytes (exactly those hashed) for serving.
    /// </summary>
    public static async Task<ClotPhotoCheck> CheckAsync(PhotoFolder folder, ClotScore clot, bool keepContent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(clot);
        if (string.IsNullOrEmpty(clot.PhotoPath) || string.IsNullOrEmpty(clot.PhotoSha256))
        {
            return new ClotPhotoCheck(ClotPhotoState.NoPhoto, null, null, "application/octet-stream", null);
        }

        var full = FullPath(folder, clot.PhotoPath);
        if (full is null || !File.Exists(full))
        {
            return new ClotPhotoCheck(ClotPhotoState.Missing, clot.PhotoSha256, null, "application/octet-stream", null);
        }

        var bytes = await File.ReadAllBytesAsync(full, ct).ConfigureAwait(false);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var state = string.Equals(actual, clot.PhotoSha256, StringComparison.OrdinalIgnoreCase) ? ClotPhotoState.Intact : ClotPhotoState.Changed;
        return new ClotPhotoCheck(state, clot.PhotoSha256, actual, ContentTypeOf(bytes, Path.GetExtension(full)), keepContent ? bytes : null);
    }

    /// <summary>The absolute path of <paramref name="relativePath"/> inside the folder; null when it would lead outside.</summary>
    public static string? FullPath(PhotoFolder folder, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var root = Path.GetFullPath(folder.Path);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>
    /// The MIME type of an image from its first bytes (JPEG, PNG, WebP, TIFF, HEIC); when they are not
    /// recognised, from <paramref name="extension"/>; "application/octet-stream" when neither says.
    /// </summary>
    public static string ContentTypeOf(ReadOnlySpan<byte> head, string? extension)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) { return "image/jpeg"; }
        if (head.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' })) { return "image/png"; }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) { return "image/webp"; }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) { return "image/tiff"; }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && (head[8..12].SequenceEqual("heic"u8) || head[8..12].SequenceEqual("heix"u8) || head[8..12].SequenceEqual("mif1"u8)))
        {
            return "image/heic";
        }

        return (extension ?? "").ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".tif" or ".tiff" => "image/tiff",
            ".heic" => "image/heic",
            _ => "application/octet-stream",
        };
    }

    /// <summary>The page-relative address of the clot photo endpoint for <paramref name="clot"/> of run <paramref name="runId"/>.</summary>
    public static string Url(long runId, ClotScore clot)
    {
        ArgumentNullException.ThrowIfNull(clot);
        return FormattableString.Invariant($"api/runs/{runId}/clot-photos/{clot.Id}");
    }
}
