namespace ChandlerLoop.Host.Services.Ingest;

/// <summary>A snapshot of what <see cref="TelemetryIngest"/> has done since it started (counts).</summary>
/// <param name="ReceivedTelemetry">Telemetry records decoded (live and replay, including duplicates).</param>
/// <param name="StoredTelemetry">Telemetry rows written.</param>
/// <param name="DuplicateTelemetry">Records dropped because their (run, seq) was already stored or came twice in a batch.</param>
/// <param name="NoRunTelemetry">Records without a run (<c>run: null</c>): not stored, they belong to no run.</param>
/// <param name="UnknownRunTelemetry">Records whose run is not in the database (or belongs to another rig): not stored.</param>
/// <param name="InvalidSequenceTelemetry">Records whose sequence number cannot be stored (outside 1..2³¹−1).</param>
/// <param name="StoredEvents">Event rows written.</param>
/// <param name="DuplicateEvents">Events dropped as re-deliveries (same rig, <c>eseq</c> and rig time as a recent one).</param>
/// <param name="Undecodable">Payloads on telemetry or events topics that did not decode.</param>
/// <param name="BackfillRequests">Back-fill commands published.</param>
/// <param name="FailedFlushes">Batches that could not be written (kept and retried).</param>
/// <param name="DroppedPending">Records and events dropped because too many were waiting for the database.</param>
/// <param name="Flushes">Completed flush cycles (write and gap check), successful or not.</param>
/// <param name="AbandonedRecords">Records of gaps the ingest gave up asking for (<see cref="TelemetryIngest.GapAbandoned"/>).</param>
/// <param name="LockedRunTelemetry">Records of approved (locked) runs: not stored, an approved record does not change.</param>
public sealed record TelemetryIngestCounters(
    long ReceivedTelemetry,
    long StoredTelemetry,
    long DuplicateTelemetry,
    long NoRunTelemetry,
    long UnknownRunTelemetry,
    long InvalidSequenceTelemetry,
    long StoredEvents,
    long DuplicateEvents,
    long Undecodable,
    long BackfillRequests,
    long FailedFlushes,
    long DroppedPending,
    long Flushes,
    long AbandonedRecords = 0,
    long LockedRunTelemetry = 0);
