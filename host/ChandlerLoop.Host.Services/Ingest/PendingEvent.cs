using ChandlerLoop.Protocol.Messages.Events;

namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>A decoded rig event waiting to be written, with its payload as received (UTF-8 JSON) and when it arrived.</summary>
internal sealed record PendingEvent(RigEvent Event, string PayloadJson, DateTimeOffset ReceivedAtUtc);
