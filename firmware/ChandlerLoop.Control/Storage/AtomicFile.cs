namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// Replaces a small file (the settings) so that a power cut at any moment leaves either the
    /// complete old or the complete new content, never a mix: write <c>path.tmp</c> and flush it,
    /// move the old file to <c>path.bak</c>, move the temp file to <c>path</c>, delete the backup.
    /// <see cref="Recover"/> (at boot, before reading) finishes or rolls back an interrupted
    /// replacement. The steps are the classic write-temp-then-rename pattern; a rename within one
    /// directory of the flash file system is a single metadata update.
    /// </summary>
    public static class AtomicFile
    {
        /// <summary>Suffix of the temporary file.</summary>
        public const string TempSuffix = ".tmp";

        /// <summary>Suffix of the backup of the old file.</summary>
        public const string BackupSuffix = ".bak";

        /// <summary>Replaces <paramref name="path"/> with <paramref name="count"/> bytes of
        /// <paramref name="data"/>. Returns false when a step failed; the old content is then
        /// still in <paramref name="path"/> or in its backup, and <see cref="Recover"/> restores it.</summary>
        public static bool Replace(IFileStore store, string path, byte[] data, int count)
        {
            string temp = path + TempSuffix;
            string backup = path + BackupSuffix;
            if (!store.Delete(temp) || !store.WriteAllAndFlush(temp, data, count))
            {
                return false;
            }

            if (store.Exists(path))
            {
                if (!store.Delete(backup) || !store.Rename(path, backup))
                {
                    return false;
                }
            }

            if (!store.Rename(temp, path))
            {
                return false;
            }

            store.Delete(backup);
            return true;
        }

        /// <summary>Repairs an interrupted <see cref="Replace"/>: when <paramref name="path"/> is
        /// missing but its backup exists, the backup is put back; a leftover temp file is deleted
        /// (its content was never committed). Returns true when <paramref name="path"/> exists
        /// afterwards.</summary>
        public static bool Recover(IFileStore store, string path)
        {
            string backup = path + BackupSuffix;
            if (!store.Exists(path) && store.Exists(backup))
            {
                store.Rename(backup, path);
            }
            else if (store.Exists(path))
            {
                store.Delete(backup);
            }

            store.Delete(path + TempSuffix);
            return store.Exists(path);
        }
    }
}
