using System.Globalization;
using System.Security.Cryptography;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>Clot scores (DOMAIN §3 proposed 0–4 scale, optional wet weight 0–5,000 mg, photo).</summary>
public sealed partial class ResultEntryService
{
    /// <summary>Lowest clot score (no visible clot or strands).</summary>
    public const int MinimumClotScore = 0;

    /// <summary>Highest clot score (occlusive clot).</summary>
    public const int MaximumClotScore = 4;

    /// <summary>Highest clot wet weight accepted, mg (DOMAIN §3).</summary>
    public const double MaximumWetWeightMilligrams = 5_000;

    /// <summary>
    /// Sets the clot score of a loop: creates it (reason optional) or changes the existing one (reason
    /// required; the scorer and time become the acting user and now). A photo is written under the photo
    /// folder, named by run, loop and content hash, with its SHA-256 recorded; a photo of a refused save is removed.
    /// </summary>
    public async Task<ClotScoreEntry> SetClotScoreAsync(long loopId, int score, double? wetWeightMilligrams, ClotPhoto? photo, string actingUser, string? reason, CancellationToken ct = default)
    {
        await using var db = Open(actingUser);
        var user = await ResultGuards.RequireUserAsync(db, actingUser, ct).ConfigureAwait(false);
        var loop = await db.Loops.Include(l => l.Run!).FirstOrDefaultAsync(l => l.Id == loopId, ct).ConfigureAwait(false)
            ?? throw new ResultValidationException($"Loop {loopId} does not exist: choose a loop of the run.");
        ResultGuards.RequireUnlocked(loop.Run!);
        var existing = await db.ClotScores.Where(c => c.LoopId == loopId).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        CheckClotScore(score, wetWeightMilligrams, photo, existing is not null, reason);
        var clot = existing ?? new ClotScore { LoopId = loopId };
        clot.Score = score;
        clot.WetWeightMilligrams = wetWeightMilligrams;
        clot.ScorerUserId = user.Id;
        clot.ScoredAtUtc = _clock.GetUtcNow().UtcDateTime;
        string? writtenFile = null;
        if (photo is not null)
        {
            (clot.PhotoPath, clot.PhotoSha256, writtenFile) = await StorePhotoAsync(loop, photo, ct).ConfigureAwait(false);
        }

        if (existing is null)
        {
            db.ClotScores.Add(clot);
        }

        try
        {
            if (existing is null)
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            else
            {
                await db.SaveChangesAsync(reason!, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            if (writtenFile is not null)
            {
                File.Delete(writtenFile);
            }

            throw;
        }

        return new ClotScoreEntry(clot.Id, clot.Score, clot.WetWeightMilligrams, clot.PhotoPath, clot.PhotoSha256, existing is null);
    }

    private void CheckClotScore(int score, double? wetWeightMilligrams, ClotPhoto? photo, bool isChange, string? reason)
    {
        var errors = new List<string>();
        if (score < MinimumClotScore || score > MaximumClotScore)
        {
            errors.Add($"Clot score {score} is outside {MinimumClotScore}–{MaximumClotScore}: 0 no clot, 1 fine strands, 2 small clots (<25 % of lumen), 3 large partly occluding, 4 occlusive.");
        }

        if (wetWeightMilligrams is { } weight && (!double.IsFinite(weight) || weight < 0 || weight > MaximumWetWeightMilligrams))
        {
            errors.Add($"Clot wet weight {weight.ToString(CultureInfo.InvariantCulture)} mg is outside 0–{MaximumWetWeightMilligrams.ToString(CultureInfo.InvariantCulture)} mg: weigh the drained clot in mg, or leave it empty.");
        }

        if (photo is not null)
        {
            var extension = Path.GetExtension(photo.FileName ?? "").ToLowerInvariant();
            if (_photoFolder is null)
            {
                errors.Add("No photo folder is configured: photos cannot be stored (configure the data folder's photo folder).");
            }

            if (!ClotPhoto.AcceptedExtensions.Contains(extension))
            {
                errors.Add($"Photo '{photo.FileName}' has an unsupported type: use one of {string.Join(", ", ClotPhoto.AcceptedExtensions)}.");
            }

            if (photo.Content is null || photo.Content.Length == 0 || photo.Content.Length > ClotPhoto.MaximumBytes)
            {
                errors.Add($"Photo '{photo.FileName}' is empty or larger than {ClotPhoto.MaximumBytes / (1024 * 1024)} MiB: take or export the photo again.");
            }
        }

        if (isChange && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("This loop already has a clot score: a reason is required to change it (it is kept in the audit trail).");
        }

        if (errors.Count > 0)
        {
            throw new ResultValidationException(errors);
        }
    }

    /// <summary>Writes the photo (atomically, unless identical content is already there); returns path, hash and the file written now.</summary>
    private async Task<(string RelativePath, string Sha256, string? WrittenFile)> StorePhotoAsync(Loop loop, ClotPhoto photo, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(photo.Content));
        var extension = Path.GetExtension(photo.FileName).ToLowerInvariant();
        var relative = Path.Combine(SafeName(loop.Run!.RunKey), "loop-" + loop.Position.ToString(CultureInfo.InvariantCulture) + "-" + sha[..16] + extension);
        var full = Path.Combine(_photoFolder!, relative);
        if (File.Exists(full))
        {
            return (relative.Replace('\\', '/'), sha, null);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(temporary, photo.Content, ct).ConfigureAwait(false);
        File.Move(temporary, full, overwrite: false);
        return (relative.Replace('\\', '/'), sha, full);
    }

    private static string SafeName(string text) =>
        string.Concat(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
