namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>What one flush writes in one transaction.</summary>
internal sealed class IngestBatch
{
    public List<PendingTelemetry> Telemetry { get; } = [];

    public List<PendingEvent> Events { get; } = [];

    public int Count => Telemetry.Count + Events.Count;
}
