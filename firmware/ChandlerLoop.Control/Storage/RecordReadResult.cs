namespace ChandlerLoop.Control.Storage
{
    /// <summary>What reading one stored telemetry record found. Numbers are stable: append only.</summary>
    public enum RecordReadResult
    {
        /// <summary>A valid record; the output was filled.</summary>
        Valid = 0,
        /// <summary>The slot was never written (all bytes 0x00 or all 0xFF, as erased flash reads).</summary>
        Empty = 1,
        /// <summary>The magic bytes or layout version are wrong: not a record of this layout.</summary>
        NotARecord = 2,
        /// <summary>The checksum does not match: a torn or corrupted write.</summary>
        ChecksumMismatch = 3,
        /// <summary>The buffer is too short for a record at the given offset.</summary>
        OutOfBounds = 4,
    }
}
