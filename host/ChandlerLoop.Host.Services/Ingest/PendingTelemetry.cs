using ChandlerLoop.Protocol.Messages;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>A decoded telemetry record of a run waiting to be written, with when it arrived.</summary>
internal sealed record PendingTelemetry(TelemetryRecord Record, DateTimeOffset ReceivedAtUtc)
{
    /// <summary>The record's run id (never null: records without a run are not queued).</summary>
    public string RunKey => Record.RunId!;
}
