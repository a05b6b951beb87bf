using System;
using System.IO;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Firmware.Storage
{
    /// <summary>
    /// Whole-file operations on the ESP32's internal flash drive <c>I:\</c> (nanoFramework
    /// System.IO.FileSystem: <see cref="File"/> and <see cref="FileStream"/>) for
    /// <see cref="AtomicFile"/>, the settings file and the broker CA file. Every failure the file
    /// system reports (IOException, a full drive, a missing folder) is turned into false / null as
    /// the core's <see cref="IFileStore"/> contract asks; nothing throws. Stateless: each call opens
    /// and closes its own stream, so it is safe from any thread for different paths.
    /// </summary>
    public sealed class InternalFlashFiles : IFileStore
    {
        /// <summary>The internal flash drive.</summary>
        public const string Drive = "I:\\";

        /// <summary>Largest file <see cref="ReadAll"/> returns, bytes. The files read whole are the
        /// settings (~1–2 KB) and the broker CA certificate (PEM, ~1–6 KB); the limit keeps a wrong
        /// path (for example the telemetry log, hundreds of KB) from exhausting the ~100 KB managed heap.</summary>
        public const int MaxReadAllBytes = 32 * 1024;

        /// <summary>True when <paramref name="path"/> is an existing file (not a folder).</summary>
        public bool Exists(string path)
        {
            try
            {
                return File.Exists(path);
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>The whole file, or null when it is missing, unreadable, shorter than its length
        /// says, or larger than <see cref="MaxReadAllBytes"/>.</summary>
        public byte[] ReadAll(string path)
        {
            FileStream stream = null;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                long length = stream.Length;
                if (length < 0 || length > MaxReadAllBytes)
                {
                    return null;
                }

                byte[] data = new byte[(int)length];
                int done = 0;
                while (done < data.Length)
                {
                    int read = stream.Read(data, done, data.Length - done);
                    if (read <= 0)
                    {
                        return null;
                    }

                    done += read;
                }

                return data;
            }
            catch (Exception)
            {
                return null;
            }
            finally
            {
                Close(stream);
            }
        }

        /// <summary>Creates or truncates <paramref name="path"/>, writes <paramref name="count"/>
        /// bytes of <paramref name="data"/>, flushes and closes it. False on any failure (the file
        /// may then hold part of the data; <see cref="AtomicFile"/> only ever does this to its temp file).</summary>
        public bool WriteAllAndFlush(string path, byte[] data, int count)
        {
            if (data == null || count < 0 || count > data.Length)
            {
                return false;
            }

            FileStream stream = null;
            try
            {
                stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(data, 0, count);
                stream.Flush();
                FileStream written = stream;
                stream = null;
                written.Close();
                return true;
            }
            catch (Exception)
            {
                return false;
            }
            finally
            {
                Close(stream);
            }
        }

        /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>; false when
        /// <paramref name="from"/> is missing, <paramref name="to"/> exists, or the move fails.
        /// (File.Move is a single rename in the file system; where the driver cannot rename it
        /// copies and deletes, which <see cref="AtomicFile.Recover"/> also survives.)</summary>
        public bool Rename(string from, string to)
        {
            try
            {
                if (!File.Exists(from) || File.Exists(to))
                {
                    return false;
                }

                File.Move(from, to);
                return File.Exists(to);
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Deletes <paramref name="path"/>; true also when it did not exist. False when it
        /// is read-only, a folder, open elsewhere, or the delete failed.</summary>
        public bool Delete(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                return !File.Exists(path);
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Room the other files and the file system itself need on <see cref="Drive"/>,
        /// bytes (an estimate, in 4 KB LittleFS blocks): settings with its temp and backup copies
        /// during a replacement (3), the broker CA (2), superblocks and directory metadata (4),
        /// copy-on-write headroom for rewriting a block of a large file (2), plus margin = 16 blocks.</summary>
        public const long ReservedBytes = 16 * 4096;

        /// <summary>True when a file of <paramref name="fileBytes"/> fits on <see cref="Drive"/>
        /// next to <see cref="ReservedBytes"/>; also true when the drive size is unknown.</summary>
        public bool HasRoomFor(long fileBytes)
        {
            long drive = DriveSizeBytes();
            return drive <= 0 || fileBytes <= drive - ReservedBytes;
        }

        /// <summary>Size of the drive <see cref="Drive"/>, bytes, or 0 when the device does not report it.</summary>
        public long DriveSizeBytes()
        {
            try
            {
                return new DriveInfo(Drive).TotalSize;
            }
            catch (Exception)
            {
                return 0;
            }
        }

        private static void Close(FileStream stream)
        {
            if (stream == null)
            {
                return;
            }

            try
            {
                stream.Close();
            }
            catch (Exception)
            {
                // Closing a stream whose write already failed: the failure has been reported.
            }
        }
    }
}
