namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// The outcome of checking one recorded clot photo: its state, the SHA-256 recorded and the one of the
/// file now (null when not read), the content type read from the file's first bytes, and the bytes
/// themselves when they were kept for serving.
/// </summary>
/// <param name="State">Intact, changed, missing or no photo.</param>
/// <param name="RecordedSha256">SHA-256 recorded with the clot score (lower-case hex), or null.</param>
/// <param name="ActualSha256">SHA-256 of the file now, or null when it was not read.</param>
/// <param name="ContentType">MIME type of the stored file ("application/octet-stream" when unknown).</param>
/// <param name="Content">The file's bytes when requested, else null.</param>
public sealed record ClotPhotoCheck(ClotPhotoState State, string? RecordedSha256, string? ActualSha256, string ContentType, byte[]? Content)
{
    /// <summary>True when a browser shows this type in an &lt;img&gt; (JPEG, PNG, WebP; not TIFF or HEIC).</summary>
    public bool BrowserCanShow => ContentType is "image/jpeg" or "image/png" or "image/webp";

    /// <summary>One plain sentence for a changed or missing photo (what it means, what to do); null when intact or absent.</summary>
    public string? Problem(string what) => State switch
    {
        ClotPhotoState.Changed => $"DATA INTEGRITY: the photo of {what} has changed since it was recorded (SHA-256 recorded {RecordedSha256}, file now {ActualSha256}). Do not rely on it: record a deviation and restore the original from a backup.",
        ClotPhotoState.Missing => $"DATA INTEGRITY: the photo of {what} is recorded (SHA-256 {RecordedSha256}) but its file is missing from the photo folder. Record a deviation and restore it from a backup.",
        _ => null,
    };
}
