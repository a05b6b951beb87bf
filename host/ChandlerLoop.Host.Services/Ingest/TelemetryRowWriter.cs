using System.Data;
using System.Data.Common;
using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>
/// Inserts telemetry rows with one prepared ADO.NET command re-used for every row, inside the
/// context's current transaction: the ingest's hot path, several times cheaper per row than EF's change
/// tracker (see the ingest benchmark). Column names are the model's (docs/data-model.md); both providers
/// accept the quoted identifiers. A database error is re-thrown as <see cref="DbUpdateException"/> so
/// the caller handles it like a failed SaveChanges.
/// </summary>
internal static class TelemetryRowWriter
{
    private static readonly string[] Columns =
    [
        "RunId", "Sequence", "TimeSinceBootSeconds", "ReceivedAtUtc", "State", "ControlTemperatureCelsius",
        "SafetyTemperatureCelsius", "SetpointCelsius", "HeaterDutyCycle", "DrumSpeedRpm", "DrumSpeedSetpointRpm",
        "ExposureSeconds", "Fault", "WasReplayed",
    ];

    private static readonly string InsertSql =
        "INSERT INTO \"TelemetryPoints\" (" + string.Join(", ", Columns.Select(c => "\"" + c + "\""))
        + ") VALUES (" + string.Join(", ", Columns.Select((_, i) => "@p" + i)) + ")";

    /// <summary>Inserts <paramref name="points"/>; the context must have an open transaction.</summary>
    public static async Task InsertAsync(ChandlerDbContext db, IReadOnlyList<TelemetryPoint> points, CancellationToken ct)
    {
        if (points.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Telemetry rows are written inside the batch's transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        var parameters = new DbParameter[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            command.Parameters.Add(parameters[i]);
        }

        try
        {
            foreach (var point in points)
            {
                Set(parameters[0], DbType.Int64, point.RunId);
                Set(parameters[1], DbType.Int32, point.Sequence);
                Set(parameters[2], DbType.Double, point.TimeSinceBootSeconds);
                Set(parameters[3], DbType.DateTime, point.ReceivedAtUtc);
                Set(parameters[4], DbType.String, point.State);
                Set(parameters[5], DbType.Double, point.ControlTemperatureCelsius);
                Set(parameters[6], DbType.Double, point.SafetyTemperatureCelsius);
                Set(parameters[7], DbType.Double, point.SetpointCelsius);
                Set(parameters[8], DbType.Double, point.HeaterDutyCycle);
                Set(parameters[9], DbType.Double, point.DrumSpeedRpm);
                Set(parameters[10], DbType.Double, point.DrumSpeedSetpointRpm);
                Set(parameters[11], DbType.Double, point.ExposureSeconds);
                Set(parameters[12], DbType.String, point.Fault);
                Set(parameters[13], DbType.Boolean, point.WasReplayed);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("Writing telemetry rows failed: " + exception.Message, exception);
        }
    }

    private static void Set(DbParameter parameter, DbType type, object? value)
    {
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
    }
}
