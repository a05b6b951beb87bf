using System;
using System.IO;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Firmware.Storage
{
    /// <summary>
    /// One file on the internal flash (the telemetry log, <c>I:\telemetry.bin</c>) held open for
    /// random reads and writes by <see cref="FlashTelemetryLog"/>. The stream is opened on first use
    /// (created when missing, exclusive: FileShare.None) and kept open; after any file-system error
    /// it is closed and the next call opens it again, so a transient failure costs one batch, not the
    /// rest of the run. Writing past the end first fills the gap with zeros (a zero slot holds no
    /// record), so it never relies on seeking beyond the end of a file. Failures return false / 0 as
    /// <see cref="IRecordFile"/> asks; nothing throws. Not thread-safe: <see cref="TelemetryStore"/>
    /// serialises every call under its lock. No allocation after the stream is open.
    /// </summary>
    public sealed class FlashRecordFile : IRecordFile
    {
        private const int ZeroChunkBytes = 64;

        private readonly string _path;
        private readonly byte[] _zeros = new byte[ZeroChunkBytes];
        private FileStream _stream;

        /// <summary>The file at <paramref name="path"/> (for example <c>I:\telemetry.bin</c>).</summary>
        public FlashRecordFile(string path)
        {
            _path = path;
        }

        /// <summary>The file's path.</summary>
        public string FilePath { get { return _path; } }

        /// <summary>Current length, bytes; 0 when the file cannot be opened.</summary>
        public long Length
        {
            get
            {
                if (!EnsureOpen())
                {
                    return 0;
                }

                try
                {
                    return _stream.Length;
                }
                catch (Exception)
                {
                    Reset();
                    return 0;
                }
            }
        }

        /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>;
        /// returns how many were read (fewer at the end of the file, 0 past it or on failure).</summary>
        public int Read(long position, byte[] buffer, int offset, int count)
        {
            if (buffer == null || position < 0 || offset < 0 || count <= 0 || offset + count > buffer.Length || !EnsureOpen())
            {
                return 0;
            }

            try
            {
                if (position >= _stream.Length)
                {
                    return 0;
                }

                _stream.Seek(position, SeekOrigin.Begin);
                int done = 0;
                while (done < count)
                {
                    int read = _stream.Read(buffer, offset + done, count - done);
                    if (read <= 0)
                    {
                        break;
                    }

                    done += read;
                }

                return done;
            }
            catch (Exception)
            {
                Reset();
                return 0;
            }
        }

        /// <summary>Writes <paramref name="count"/> bytes at <paramref name="position"/>, first
        /// zero-filling any gap after the current end. Durable only after <see cref="Flush"/>.</summary>
        public bool Write(long position, byte[] buffer, int offset, int count)
        {
            if (buffer == null || position < 0 || offset < 0 || count < 0 || offset + count > buffer.Length || !EnsureOpen())
            {
                return false;
            }

            try
            {
                long length = _stream.Length;
                if (position > length)
                {
                    _stream.Seek(length, SeekOrigin.Begin);
                    long gap = position - length;
                    while (gap > 0)
                    {
                        int chunk = gap < ZeroChunkBytes ? (int)gap : ZeroChunkBytes;
                        _stream.Write(_zeros, 0, chunk);
                        gap -= chunk;
                    }
                }
                else
                {
                    _stream.Seek(position, SeekOrigin.Begin);
                }

                _stream.Write(buffer, offset, count);
                return true;
            }
            catch (Exception)
            {
                Reset();
                return false;
            }
        }

        /// <summary>Flushes everything written to the flash.</summary>
        public bool Flush()
        {
            if (!EnsureOpen())
            {
                return false;
            }

            try
            {
                _stream.Flush();
                return true;
            }
            catch (Exception)
            {
                Reset();
                return false;
            }
        }

        /// <summary>Cuts the file to length 0 (FileStream.SetLength, the call FileMode.Create uses).</summary>
        public bool Truncate()
        {
            if (!EnsureOpen())
            {
                return false;
            }

            try
            {
                _stream.SetLength(0);
                _stream.Seek(0, SeekOrigin.Begin);
                return true;
            }
            catch (Exception)
            {
                Reset();
                return false;
            }
        }

        /// <summary>Closes the file (it is opened again on the next call).</summary>
        public void Close()
        {
            Reset();
        }

        private bool EnsureOpen()
        {
            if (_stream != null)
            {
                return true;
            }

            try
            {
                _stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (Exception)
            {
                _stream = null;
                return false;
            }
        }

        private void Reset()
        {
            FileStream stream = _stream;
            _stream = null;
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
                // Already failing; the next call reopens the file.
            }
        }
    }
}
