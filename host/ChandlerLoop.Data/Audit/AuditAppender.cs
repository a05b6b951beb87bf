using System.Data;
using System.Data.Common;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChandlerLoop.Data.Audit;

/// <summary>
/// Appends audit entries at the head of the chain inside the caller's transaction (which must already
/// serialize appends). Inserted with a plain command so the context's change tracker is not involved.
/// </summary>
internal static class AuditAppender
{
    private const string InsertSql =
        "INSERT INTO \"AuditEntries\" (\"TimestampUtc\", \"UserName\", \"EntityType\", \"EntityId\", \"Action\", \"Field\", "
        + "\"OldValue\", \"NewValue\", \"Reason\", \"PreviousHash\", \"Hash\") "
        + "VALUES (@t, @u, @et, @ei, @a, @f, @o, @n, @r, @p, @h)";

    public static async Task AppendAsync(ChandlerDbContext db, List<AuditEntry> entries, bool async, CancellationToken ct)
    {
        var headQuery = db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash);
        var previous = (async ? await headQuery.FirstOrDefaultAsync(ct).ConfigureAwait(false) : headQuery.FirstOrDefault())
            ?? AuditHasher.GenesisHash;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var entry in entries)
        {
            entry.PreviousHash = previous;
            entry.Hash = AuditHasher.ComputeHash(entry);
            previous = entry.Hash;
            await using var command = connection.CreateCommand();
            command.CommandText = InsertSql;
            command.Transaction = transaction;
            AddTime(command, "@t", entry.TimestampUtc);
            AddText(command, "@u", entry.UserName);
            AddText(command, "@et", entry.EntityType);
            AddText(command, "@ei", entry.EntityId);
            AddText(command, "@a", entry.Action);
            AddText(command, "@f", entry.Field);
            AddText(command, "@o", entry.OldValue);
            AddText(command, "@n", entry.NewValue);
            AddText(command, "@r", entry.Reason);
            AddText(command, "@p", entry.PreviousHash);
            AddText(command, "@h", entry.Hash);
            _ = async ? await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) : command.ExecuteNonQuery();
        }
    }

    private static void AddText(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void AddTime(DbCommand command, string name, DateTime utc)
    {
        // No DbType: Npgsql maps a UTC DateTime to timestamptz, SQLite writes EF's text format.
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        command.Parameters.Add(parameter);
    }
}
