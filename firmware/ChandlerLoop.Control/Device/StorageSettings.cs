namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Telemetry buffer sizes (<c>storage</c> in the settings file). One record is 48 bytes
    /// (TelemetryRecordLayout) and is written once a second. The flash log defaults to 14,400
    /// records = 4 h at 1 Hz = 691,264 bytes with its header: a typical 30-min run with its
    /// pre-warming fits many times over; the longest allowed exposure (240 min) plus pre-warming
    /// does not, and then the oldest records are overwritten first and a back-fill reports them as
    /// no longer held. The I:\ partition must have that much room (see firmware/README.md).
    /// The RAM ring defaults to 300 records = 5 min
    /// = 14,400 bytes of the ~100 KB managed heap, enough to ride out a short broker restart
    /// without touching flash for back-fill.
    /// </summary>
    public sealed class StorageSettings
    {
        /// <summary>Records in the flash log, 600..43,200 (10 min .. 12 h). Default 14,400.</summary>
        public int FlashRecords { get; set; } = 14400;

        /// <summary>Records in the RAM ring, 60..1,200. Default 300.</summary>
        public int RamRecords { get; set; } = 300;
    }
}
