using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.IO.Compression;
using System.Text;
using ChandlerLoop.Data;
using ChandlerLoop.Host.Cli.Runs;
using ChandlerLoop.Host.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.Export;

/// <summary>
/// The electronic copies of a run (DOMAIN §6, 21 CFR 11.10(b)): <c>GET /api/runs/{id}/export.json</c> (one
/// JSON document) and <c>GET /api/runs/{id}/export-csv.zip</c> (a zip of CSV files), the same layout as
/// <c>chandler runs export</c> (<see cref="RunExportJson"/>, <see cref="RunExportCsv"/>) with every raw
/// telemetry point. Lab roles only; 404 for an unknown run; file names carry the run key.
/// </summary>
internal static class RunExportEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(WebApplication app)
    {
        var policy = new AuthorizeAttribute { Roles = ChandlerRoles.Lab };
        app.MapGet("/api/runs/{id:long}/export.json", async (long id, ChandlerDbContextFactory databases, TimeProvider clock, CancellationToken ct) =>
        {
            var export = await LoadAsync(databases, clock, id, ct).ConfigureAwait(false);
            if (export is null)
            {
                return HttpResults.NotFound("Run " + id + " does not exist.");
            }

            using var buffer = new MemoryStream();
            RunExportJson.Write(buffer, export.Value.Dossier, export.Value.Tables, export.Value.ExportedAtUtc);
            return HttpResults.File(buffer.ToArray(), "application/json", FileName(export.Value.Dossier, "json"));
        }).RequireAuthorization(policy);

        app.MapGet("/api/runs/{id:long}/export-csv.zip", async (long id, ChandlerDbContextFactory databases, TimeProvider clock, CancellationToken ct) =>
        {
            var export = await LoadAsync(databases, clock, id, ct).ConfigureAwait(false);
            if (export is null)
            {
                return HttpResults.NotFound("Run " + id + " does not exist.");
            }

            var files = RunExportCsv.Files(export.Value.Dossier, export.Value.Tables);
            return HttpResults.File(Zip(files), "application/zip", FileName(export.Value.Dossier, "csv.zip"));
        }).RequireAuthorization(policy);
    }

    /// <summary>The dossier and export tables of run <paramref name="runId"/>; null when there is no such run.</summary>
    private static async Task<(RunDossier Dossier, IReadOnlyList<ExportTable> Tables, DateTime ExportedAtUtc)?> LoadAsync(
        ChandlerDbContextFactory databases, TimeProvider clock, long runId, CancellationToken ct)
    {
        await using var db = databases.CreateDbContext();
        var key = await db.Runs.AsNoTracking().Where(r => r.Id == runId).Select(r => r.RunKey).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (key is null)
        {
            return null;
        }

        var dossier = await RunDossierLoader.LoadAsync(db, key, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        return (dossier, RunExportTables.Build(dossier, now), now);
    }

    private static string FileName(RunDossier dossier, string extension)
    {
        var safe = new string(dossier.Run.RunKey.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return safe + (dossier.Run.IsSimulated ? "-SIMULATED" : "") + "." + extension;
    }

    private static byte[] Zip(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
