using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Globalization;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Web.Hosting;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>
/// <c>GET /api/runs/{runId}/clot-photos/{clotScoreId}</c>: the stored photo of a clot score, for signed-in
/// operators, lab managers and admins only. 404 for an unknown run or clot score, a score without photo or
/// a missing file; the content type is read from the file. Every request re-hashes the file: when its
/// SHA-256 no longer matches the recorded one the photo is NOT served (409, a plain explanation, a
/// warning in the log), because a changed photo is a data-integrity problem.
/// </summary>
internal static class ClotPhotoEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = new AuthorizeAttribute { Roles = ChandlerRoles.Anyone };
        app.MapGet("/api/runs/{runId:long}/clot-photos/{clotScoreId:long}", async (long runId, long clotScoreId, HttpContext http,
            ChandlerDbContextFactory databases, PhotoFolder folder, ILoggerFactory loggers, CancellationToken ct) =>
        {
            await using var db = databases.CreateDbContext();
            var clot = await db.ClotScores.AsNoTracking().Include(c => c.Loop!).ThenInclude(l => l.Run!)
                .FirstOrDefaultAsync(c => c.Id == clotScoreId && c.Loop!.RunId == runId, ct).ConfigureAwait(false);
            if (clot is null)
            {
                return HttpResults.NotFound(FormattableString.Invariant($"Run {runId} has no clot score {clotScoreId}: open the photo from the run's results or review page."));
            }

            var what = "loop " + clot.Loop!.Position.ToString(CultureInfo.InvariantCulture) + " of run " + clot.Loop.Run!.RunKey;
            var check = await ClotPhotoFiles.CheckAsync(folder, clot, keepContent: true, ct).ConfigureAwait(false);
            switch (check.State)
            {
                case ClotPhotoState.NoPhoto:
                    return HttpResults.NotFound("The clot score of " + what + " has no photo.");
                case ClotPhotoState.Missing:
                    loggers.CreateLogger(typeof(ClotPhotoEndpoints)).LogWarning("Clot photo of {What} is recorded but missing: {Path}", what, clot.PhotoPath);
                    return HttpResults.NotFound(check.Problem(what));
                case ClotPhotoState.Changed:
                    loggers.CreateLogger(typeof(ClotPhotoEndpoints)).LogWarning("Clot photo of {What} changed: recorded SHA-256 {Recorded}, file {Actual}", what, check.RecordedSha256, check.ActualSha256);
                    return HttpResults.Text(check.Problem(what), "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
                default:
                    http.Response.Headers.CacheControl = "no-store, private";
                    http.Response.Headers.XContentTypeOptions = "nosniff";
                    http.Response.Headers["X-Photo-Sha256"] = check.ActualSha256;
                    // Inline (viewed in the tab), named after the stored file (run key folder, loop, hash prefix).
                    http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = Path.GetFileName(clot.PhotoPath!) }.ToString();
                    return HttpResults.File(check.Content!, check.ContentType);
            }
        }).RequireAuthorization(policy);
    }
}
