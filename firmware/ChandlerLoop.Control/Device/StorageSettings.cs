namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Telemetry buffer sizes (<c>storage</c> in the settings file). One record is 48 bytes
    /// (TelemetryRecordLayout) and is written once a second. The flash log defaults to 3,600
    /// records = 1 h at 1 Hz = 172,864 bytes with its header, which fits the 256 KB I:\ partition
    /// of the standard 4 MB ESP32 image next to the settings and CA files (firmware/README.md).
    /// A typical 30-min run with its pre-warming fits whole; in a longer run the oldest records are
    /// overwritten first, so an outage longer than the log is back-filled only for its last hour
    /// and the rest is reported as no longer held (the host records a deviation). Boards with more
    /// flash can raise it up to 43,200. The RAM ring defaults to 300 records = 5 min = 14,400 bytes
    /// of the ~100 KB managed heap, enough to ride out a short broker restart without touching
    /// flash for back-fill.
    /// </summary>
    public sealed class StorageSettings
    {
        /// <summary>Records in the flash log, 600..43,200 (10 min .. 12 h). Default 3,600 (1 h).</summary>
        public int FlashRecords { get; set; } = 3600;

        /// <summary>Records in the RAM ring, 60..1,200. Default 300.</summary>
        public int RamRecords { get; set; } = 300;
    }
}
