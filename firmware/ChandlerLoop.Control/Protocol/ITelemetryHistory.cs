namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// What the firmware's telemetry store (RAM ring plus flash) still holds of the current run,
    /// so that a <c>backfill</c> answer can say which records are gone. Sequence numbers are the
    /// run's telemetry <c>seq</c>; both are 0 when nothing is held.
    /// </summary>
    public interface ITelemetryHistory
    {
        /// <summary>Oldest record still held, or 0.</summary>
        int OldestHeldSequence { get; }

        /// <summary>Newest record held, or 0.</summary>
        int NewestSequence { get; }
    }
}
