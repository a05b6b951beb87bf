namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// A file of bytes on the rig's internal flash, as the flash telemetry log needs it: random
    /// reads and writes at a position, flush, and truncation. The firmware implements it over the
    /// device's file system; tests use an in-memory fake. Failures return false / a short count,
    /// never throw.
    /// </summary>
    public interface IRecordFile
    {
        /// <summary>Current length, bytes.</summary>
        long Length { get; }

        /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>;
        /// returns how many were read (fewer at the end of the file, 0 on failure).</summary>
        int Read(long position, byte[] buffer, int offset, int count);

        /// <summary>Writes <paramref name="count"/> bytes at <paramref name="position"/>
        /// (extending the file as needed).</summary>
        bool Write(long position, byte[] buffer, int offset, int count);

        /// <summary>Makes everything written so far durable.</summary>
        bool Flush();

        /// <summary>Cuts the file to length 0.</summary>
        bool Truncate();
    }
}
