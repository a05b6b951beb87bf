using System.Security.Cryptography;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Pages.Runs.Results;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>Recorded clot photos are read from the photo folder only, typed by their bytes and checked against the recorded SHA-256.</summary>
public sealed class ClotPhotoFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cl-photo-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Creates the temporary photo folder.</summary>
    public ClotPhotoFilesTests() => Directory.CreateDirectory(Path.Combine(_folder, "RUN-1"));

    [Fact]
    public async Task An_unchanged_file_is_intact_a_changed_one_is_changed_and_a_missing_one_is_missing()
    {
        var bytes = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 };
        await File.WriteAllBytesAsync(Path.Combine(_folder, "RUN-1", "loop-1-x.jpg"), bytes);
        var clot = new ClotScore { Id = 7, PhotoPath = "RUN-1/loop-1-x.jpg", PhotoSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        var folder = new PhotoFolder(_folder);

        var intact = await ClotPhotoFiles.CheckAsync(folder, clot, keepContent: true);
        Assert.Equal(ClotPhotoState.Intact, intact.State);
        Assert.Equal("image/jpeg", intact.ContentType);
        Assert.Equal(bytes, intact.Content);
        Assert.Null(intact.Problem("loop 1"));

        await File.WriteAllBytesAsync(Path.Combine(_folder, "RUN-1", "loop-1-x.jpg"), bytes.Append((byte)0).ToArray());
        var changed = await ClotPhotoFiles.CheckAsync(folder, clot, keepContent: false);
        Assert.Equal(ClotPhotoState.Changed, changed.State);
        Assert.Contains("DATA INTEGRITY", changed.Problem("loop 1"), StringComparison.Ordinal);
        Assert.Null(changed.Content);

        File.Delete(Path.Combine(_folder, "RUN-1", "loop-1-x.jpg"));
        Assert.Equal(ClotPhotoState.Missing, (await ClotPhotoFiles.CheckAsync(folder, clot, keepContent: false)).State);
        Assert.Equal(ClotPhotoState.NoPhoto, (await ClotPhotoFiles.CheckAsync(folder, new ClotScore(), keepContent: false)).State);
    }

    [Theory]
    [InlineData("../secret.png")]
    [InlineData("RUN-1/../../secret.png")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void A_recorded_path_leaving_the_photo_folder_is_not_followed(string path) =>
        Assert.Null(ClotPhotoFiles.FullPath(new PhotoFolder(_folder), path));

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D }, ".jpg", "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, ".png", "image/jpeg")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, ".tif", "image/tiff")]
    [InlineData(new byte[] { 1, 2, 3 }, ".webp", "image/webp")]
    [InlineData(new byte[] { 1, 2, 3 }, ".exe", "application/octet-stream")]
    public void The_content_type_comes_from_the_files_bytes_first(byte[] head, string extension, string expected) =>
        Assert.Equal(expected, ClotPhotoFiles.ContentTypeOf(head, extension));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
