using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChandlerLoop.Data.Tests.Infrastructure;

/// <summary>
/// Reads a database's schema from the engine's own catalog into sorted, comparable lines: tables,
/// columns (type, nullability, key, identity/default), primary keys, foreign keys (columns, target,
/// delete rule), indexes (columns, uniqueness) and named check constraints. EF's own tables (__EFMigrationsHistory, and __EFMigrationsLock on SQLite) are left out.
/// </summary>
public static class SchemaIntrospector
{
    private const string History = "__EFMigrationsHistory";

    public static List<string> ReadSqlite(string filePath)
    {
        var lines = new List<string>();
        using var connection = new SqliteConnection("Data Source=" + filePath + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 14) <> '__EFMigrations'")
            .Select(r => r[0]).ToList();
        foreach (var table in tables)
        {
            lines.Add("table " + table);
            foreach (var c in Query(connection, "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('" + table + "')"))
            {
                lines.Add($"column {table}.{c[0]} type={c[1]} notnull={c[2]} pk={c[3]} default={c[4]}");
            }

            foreach (var i in Query(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list('" + table + "')"))
            {
                var columns = string.Join(",", Query(connection, "SELECT name FROM pragma_index_info('" + i[0] + "') ORDER BY seqno").Select(r => r[0]));
                lines.Add($"index {table}.{i[0]} unique={i[1]} origin={i[2]} partial={i[3]} columns=({columns})");
            }

            foreach (var f in Query(connection, "SELECT \"table\", \"from\", \"to\", on_delete, on_update FROM pragma_foreign_key_list('" + table + "')"))
            {
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} on_delete={f[3]} on_update={f[4]}");
            }

            var createSql = Query(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'").Single()[0] ?? string.Empty;
            foreach (var check in SqliteCheckConstraints(createSql))
            {
                lines.Add($"check {table}.{check}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static List<string> ReadPostgres(string connectionString)
    {
        var lines = new List<string>();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var t in Query(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '" + History + "'"))
        {
            lines.Add("table " + t[0]);
        }

        foreach (var c in Query(connection,
            "SELECT table_name, column_name, data_type, is_nullable, is_identity, identity_generation, column_default "
            + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '" + History + "'"))
        {
            lines.Add($"column {c[0]}.{c[1]} type={c[2]} nullable={c[3]} identity={c[4]}/{c[5]} default={c[6]}");
        }

        foreach (var k in Query(connection,
            "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position) "
            + "FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu "
            + "ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name "
            + "WHERE tc.table_schema = 'public' AND tc.table_name <> '" + History + "' GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type"))
        {
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]} ({k[3]})");
        }

        foreach (var f in Query(connection,
            "SELECT rc.constraint_name, rc.delete_rule, rc.update_rule, ccu.table_name, ccu.column_name "
            + "FROM information_schema.referential_constraints rc JOIN information_schema.constraint_column_usage ccu "
            + "ON ccu.constraint_schema = rc.constraint_schema AND ccu.constraint_name = rc.constraint_name "
            + "WHERE rc.constraint_schema = 'public'"))
        {
            lines.Add($"fk {f[0]} -> {f[3]}.{f[4]} on_delete={f[1]} on_update={f[2]}");
        }

        foreach (var c in Query(connection,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            + "WHERE contype = 'c' AND connamespace = 'public'::regnamespace"))
        {
            lines.Add($"check {c[0]}.{c[1]} {c[2]}");
        }

        foreach (var i in Query(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '" + History + "'"))
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The named CHECK constraints of a Sqlite CREATE TABLE statement, as "name (expression)".</summary>
    private static IEnumerable<string> SqliteCheckConstraints(string createSql)
    {
        const string Marker = "CONSTRAINT \"";
        var at = createSql.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var nameStart = at + Marker.Length;
            var nameEnd = createSql.IndexOf('"', nameStart);
            var rest = createSql.AsSpan(nameEnd + 1).TrimStart();
            if (rest.StartsWith("CHECK", StringComparison.OrdinalIgnoreCase))
            {
                var open = createSql.IndexOf('(', nameEnd);
                var depth = 0;
                var close = open;
                for (; close < createSql.Length; close++)
                {
                    depth += createSql[close] == '(' ? 1 : createSql[close] == ')' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                yield return createSql[nameStart..nameEnd] + " " + createSql[open..(close + 1)];
            }

            at = createSql.IndexOf(Marker, nameEnd, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static List<string?[]> Query(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
