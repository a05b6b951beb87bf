using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Firmware.Storage
{
    /// <summary>
    /// Stands in for the internal flash file system (<c>I:\</c>) while the device API surface the
    /// firmware is checked against (firmware/device-api) has no file-system assembly
    /// (nanoFramework.System.IO.FileSystem: File, FileStream). Every operation fails, so the rig
    /// boots with "settings file missing" and keeps telemetry in RAM only. Replacing this class
    /// with one over System.IO.FileStream is the only change needed once that API is listed; the
    /// layout, atomic replacement and recovery logic are in the core
    /// (<see cref="AtomicFile"/>, <see cref="FlashTelemetryLog"/>) and tested there.
    /// </summary>
    public sealed class UnavailableFlashFiles : IFileStore, IRecordFile
    {
        /// <summary>Always 0.</summary>
        public long Length { get { return 0; } }

        /// <summary>Always false.</summary>
        public bool Exists(string path) { return false; }

        /// <summary>Always null.</summary>
        public byte[] ReadAll(string path) { return null; }

        /// <summary>Always false.</summary>
        public bool WriteAllAndFlush(string path, byte[] data, int count) { return false; }

        /// <summary>Always false.</summary>
        public bool Rename(string from, string to) { return false; }

        /// <summary>Always false.</summary>
        public bool Delete(string path) { return false; }

        /// <summary>Always 0.</summary>
        public int Read(long position, byte[] buffer, int offset, int count) { return 0; }

        /// <summary>Always false.</summary>
        public bool Write(long position, byte[] buffer, int offset, int count) { return false; }

        /// <summary>Always false.</summary>
        public bool Flush() { return false; }

        /// <summary>Always false.</summary>
        public bool Truncate() { return false; }
    }
}
