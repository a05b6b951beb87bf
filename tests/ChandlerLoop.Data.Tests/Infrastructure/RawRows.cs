using System.Data.Common;

namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>
/// Plain SQL on an open connection, independent of the current EF model: for databases at an older
/// migration, whose tables lack columns the model has. Parameterised, so the same call works on Sqlite
/// and PostgreSQL (booleans, UTC times and nulls are bound by the provider).
/// </summary>
public static class RawRows
{
    /// <summary>Inserts one row and returns its generated Id.</summary>
    public static async Task<long> InsertAsync(DbConnection connection, string table, params (string Column, object? Value)[] values)
    {
        await using var command = connection.CreateCommand();
        var columns = string.Join(", ", values.Select(v => "\"" + v.Column + "\""));
        var placeholders = string.Join(", ", values.Select((_, i) => "@p" + i));
        command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({placeholders}) RETURNING \"Id\"";
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = values[i].Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one statement and returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
