namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// Whole-file operations on the rig's internal flash (<c>I:\</c>) that
    /// <see cref="AtomicFile"/> needs. The firmware implements it over the device's file
    /// system; tests use an in-memory fake. Failures return false / null, never throw.
    /// </summary>
    public interface IFileStore
    {
        /// <summary>True when <paramref name="path"/> exists.</summary>
        bool Exists(string path);

        /// <summary>The whole content of <paramref name="path"/>, or null when it cannot be read.</summary>
        byte[] ReadAll(string path);

        /// <summary>Creates or overwrites <paramref name="path"/> with <paramref name="count"/>
        /// bytes of <paramref name="data"/> and flushes it to flash before returning.</summary>
        bool WriteAllAndFlush(string path, byte[] data, int count);

        /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, which must not exist.</summary>
        bool Rename(string from, string to);

        /// <summary>Deletes <paramref name="path"/>; true also when it did not exist.</summary>
        bool Delete(string path);
    }
}
