using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Web.Pages.Runs.List;

/// <summary>The runs list: the filters run in the database, newest first; paging and sorting happen in the grid.</summary>
public sealed class RunListQuery
{
    private readonly ChandlerDbContextFactory _databases;

    /// <summary>Creates the query.</summary>
    public RunListQuery(ChandlerDbContextFactory databases)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
    }

    /// <summary>The runs passing <paramref name="filter"/>, newest first.</summary>
    public async Task<IReadOnlyList<RunListRow>> LoadAsync(RunListFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = _databases.CreateDbContext();
        var query = db.Runs.AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.RigKey))
        {
            var rig = filter.RigKey.Trim();
            query = query.Where(r => r.Rig!.RigKey == rig);
        }

        if (filter.CreatedFromUtc is { } from)
        {
            var start = from.Date;
            query = query.Where(r => r.CreatedAtUtc >= start);
        }

        if (filter.CreatedToUtc is { } to)
        {
            var end = to.Date.AddDays(1);
            query = query.Where(r => r.CreatedAtUtc < end);
        }

        query = filter.Acceptance switch
        {
            RunListFilter.NotEvaluated => query.Where(r => r.AcceptanceOutcome == null),
            "pass" or "fail" => query.Where(r => r.AcceptanceOutcome == filter.Acceptance),
            _ => query,
        };
        if (filter.Simulated is { } simulated)
        {
            query = query.Where(r => r.IsSimulated == simulated);
        }

        if (!string.IsNullOrWhiteSpace(filter.CellProduct))
        {
            var product = filter.CellProduct.Trim();
            query = query.Where(r => db.Loops.Any(l => l.RunId == r.Id && l.CellProduct == product));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = "%" + Escape(filter.Search.Trim()) + "%";
            query = query.Where(r => EF.Functions.Like(r.RunKey, pattern, "\\")
                || (r.Notes != null && EF.Functions.Like(r.Notes, pattern, "\\"))
                || db.Loops.Any(l => l.RunId == r.Id && ((l.CellProduct != null && EF.Functions.Like(l.CellProduct, pattern, "\\"))
                    || (l.CellLot != null && EF.Functions.Like(l.CellLot, pattern, "\\"))
                    || EF.Functions.Like(l.Donor!.PseudonymousId, pattern, "\\"))));
        }

        var runs = await query
            .Select(r => new { r.Id, r.RunKey, Rig = r.Rig!.RigKey, r.State, Operator = r.Operator!.UserName, r.CreatedAtUtc, r.LoadedAtUtc, r.EndedAtUtc, r.AcceptanceOutcome, r.IsLocked, r.IsSimulated })
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = runs.Select(r => r.Id).ToList();
        var products = (await db.Loops.AsNoTracking().Where(l => ids.Contains(l.RunId) && l.CellProduct != null)
                .Select(l => new { l.RunId, l.Position, Product = l.CellProduct! }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(l => l.RunId)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.OrderBy(l => l.Position).Select(l => l.Product).Distinct(StringComparer.OrdinalIgnoreCase)));
        return runs
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new RunListRow(r.Id, r.RunKey, r.Rig, r.State, r.Operator, r.CreatedAtUtc, r.LoadedAtUtc, r.EndedAtUtc,
                r.AcceptanceOutcome ?? RunListFilter.NotEvaluated, r.IsLocked, r.IsSimulated, products.GetValueOrDefault(r.Id) ?? ""))
            .ToList();
    }

    /// <summary>The rig keys and cell products known (for the filter pickers).</summary>
    public async Task<(IReadOnlyList<string> Rigs, IReadOnlyList<string> Products)> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        var rigs = await db.Rigs.AsNoTracking().Select(r => r.RigKey).OrderBy(k => k).ToListAsync(ct).ConfigureAwait(false);
        var products = await db.Loops.AsNoTracking().Where(l => l.CellProduct != null).Select(l => l.CellProduct!).Distinct().OrderBy(p => p).ToListAsync(ct).ConfigureAwait(false);
        return (rigs, products);
    }

    /// <summary>Escapes LIKE wildcards so the search text matches literally.</summary>
    internal static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
