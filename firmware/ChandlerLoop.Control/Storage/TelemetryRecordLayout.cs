using System;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// The fixed 48-byte binary form of a <see cref="ChandlerLoop.Control.Protocol.TelemetryRecord"/> (without Replay, which is a property of sending) in the RAM ring and in the
    /// flash log. Little-endian, written byte by byte (no allocation, no dependence on the CPU's
    /// byte order). Values are stored as integers at exactly the protocol's resolution
    /// (docs/protocol.md "Numbers"), so a record replayed from storage encodes to the same JSON as
    /// the live one:
    /// <code>
    ///  0  2  magic "CL" (0x43 0x4C)       24  4  set_c, m°C (int32)
    ///  2  1  layout version (1)           28  2  duty, 1/1000 (uint16, 0..1000)
    ///  3  1  state (RunState)             30  4  rpm, 1/100 rpm (int32)
    ///  4  4  seq (int32)                  34  4  rpm_set, 1/100 rpm (int32)
    ///  8  8  t_s, ms (int64)              38  4  exp_s, ms (int32)
    /// 16  4  temp_c, m°C (int32)          42  1  fault (FaultCode)
    /// 20  4  safety_c, m°C (int32)        43  1  reserved (0)
    ///                                     44  4  CRC-32 of bytes 0..43
    /// </code>
    /// A reading that is not available (NaN, infinite or beyond the int32 range) is stored as
    /// int32.MinValue and read back as NaN. Values are rounded half away from zero.
    /// </summary>
    public static class TelemetryRecordLayout
    {
        /// <summary>Bytes per record.</summary>
        public const int RecordSize = 48;

        /// <summary>Layout version written in byte 2.</summary>
        public const byte Version = 1;

        private const byte Magic0 = 0x43;
        private const byte Magic1 = 0x4C;
        private const int CrcOffset = 44;
        private const int Unavailable = int.MinValue;

        /// <summary>Writes <paramref name="record"/> into <paramref name="buffer"/> at
        /// <paramref name="offset"/> (RecordSize bytes). Returns false (nothing written) when the
        /// buffer is too short.</summary>
        public static bool Write(TelemetryRecord record, byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - RecordSize)
            {
                return false;
            }

            buffer[offset] = Magic0;
            buffer[offset + 1] = Magic1;
            buffer[offset + 2] = Version;
            buffer[offset + 3] = (byte)record.State;
            WriteInt32(buffer, offset + 4, record.Sequence);
            WriteInt64(buffer, offset + 8, ScaleToInt64(record.TimeSeconds, 1000.0));
            WriteInt32(buffer, offset + 16, Scale(record.ControlCelsius, 1000.0));
            WriteInt32(buffer, offset + 20, Scale(record.SafetyCelsius, 1000.0));
            WriteInt32(buffer, offset + 24, Scale(record.SetCelsius, 1000.0));
            int duty = Scale(record.DutyCycle, 1000.0);
            duty = duty < 0 ? 0 : (duty > 1000 ? 1000 : duty);
            buffer[offset + 28] = (byte)(duty & 0xFF);
            buffer[offset + 29] = (byte)((duty >> 8) & 0xFF);
            WriteInt32(buffer, offset + 30, Scale(record.MeasuredRpm, 100.0));
            WriteInt32(buffer, offset + 34, Scale(record.CommandedRpm, 100.0));
            WriteInt32(buffer, offset + 38, Scale(record.ExposureSeconds, 1000.0));
            buffer[offset + 42] = (byte)record.Fault;
            buffer[offset + 43] = 0;
            WriteUInt32(buffer, offset + CrcOffset, Crc32.Compute(buffer, offset, CrcOffset));
            return true;
        }

        /// <summary>Reads the record at <paramref name="offset"/> into <paramref name="record"/>;
        /// the record is changed only when the result is Valid.</summary>
        public static RecordReadResult Read(byte[] buffer, int offset, TelemetryRecord record)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - RecordSize)
            {
                return RecordReadResult.OutOfBounds;
            }

            if (IsErased(buffer, offset))
            {
                return RecordReadResult.Empty;
            }

            if (buffer[offset] != Magic0 || buffer[offset + 1] != Magic1 || buffer[offset + 2] != Version)
            {
                return RecordReadResult.NotARecord;
            }

            if (ReadUInt32(buffer, offset + CrcOffset) != Crc32.Compute(buffer, offset, CrcOffset))
            {
                return RecordReadResult.ChecksumMismatch;
            }

            record.State = (RunState)buffer[offset + 3];
            record.Sequence = ReadInt32(buffer, offset + 4);
            record.TimeSeconds = ReadInt64(buffer, offset + 8) / 1000.0;
            record.ControlCelsius = Unscale(ReadInt32(buffer, offset + 16), 1000.0);
            record.SafetyCelsius = Unscale(ReadInt32(buffer, offset + 20), 1000.0);
            record.SetCelsius = Unscale(ReadInt32(buffer, offset + 24), 1000.0);
            record.DutyCycle = (buffer[offset + 28] | (buffer[offset + 29] << 8)) / 1000.0;
            record.MeasuredRpm = Unscale(ReadInt32(buffer, offset + 30), 100.0);
            record.CommandedRpm = Unscale(ReadInt32(buffer, offset + 34), 100.0);
            record.ExposureSeconds = Unscale(ReadInt32(buffer, offset + 38), 1000.0);
            record.Fault = (FaultCode)buffer[offset + 42];
            return RecordReadResult.Valid;
        }

        /// <summary>The sequence number of the record at <paramref name="offset"/> if it is
        /// valid, otherwise 0 (sequence numbers start at 1).</summary>
        public static int ReadSequence(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - RecordSize || IsErased(buffer, offset)
                || buffer[offset] != Magic0 || buffer[offset + 1] != Magic1 || buffer[offset + 2] != Version
                || ReadUInt32(buffer, offset + CrcOffset) != Crc32.Compute(buffer, offset, CrcOffset))
            {
                return 0;
            }

            return ReadInt32(buffer, offset + 4);
        }

        private static bool IsErased(byte[] buffer, int offset)
        {
            byte first = buffer[offset];
            if (first != 0x00 && first != 0xFF)
            {
                return false;
            }

            for (int i = 1; i < RecordSize; i++)
            {
                if (buffer[offset + i] != first)
                {
                    return false;
                }
            }

            return true;
        }

        private static int Scale(double value, double factor)
        {
            double scaled = value * factor;
            if (!(scaled > -2147483647.0 && scaled < 2147483647.0))
            {
                return Unavailable;
            }

            return (int)(scaled >= 0.0 ? Math.Floor(scaled + 0.5) : -Math.Floor(-scaled + 0.5));
        }

        private static long ScaleToInt64(double value, double factor)
        {
            double scaled = value * factor;
            if (!(scaled >= 0.0 && scaled < 9.0e15))
            {
                return 0;
            }

            return (long)Math.Floor(scaled + 0.5);
        }

        private static double Unscale(int value, double factor)
        {
            return value == Unavailable ? double.NaN : value / factor;
        }

        private static void WriteInt32(byte[] buffer, int offset, int value)
        {
            WriteUInt32(buffer, offset, (uint)value);
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
            buffer[offset + 2] = (byte)((value >> 16) & 0xFF);
            buffer[offset + 3] = (byte)((value >> 24) & 0xFF);
        }

        private static void WriteInt64(byte[] buffer, int offset, long value)
        {
            WriteUInt32(buffer, offset, (uint)(value & 0xFFFFFFFFL));
            WriteUInt32(buffer, offset + 4, (uint)((value >> 32) & 0xFFFFFFFFL));
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset] | ((uint)buffer[offset + 1] << 8) | ((uint)buffer[offset + 2] << 16)
                | ((uint)buffer[offset + 3] << 24);
        }

        private static int ReadInt32(byte[] buffer, int offset)
        {
            return (int)ReadUInt32(buffer, offset);
        }

        private static long ReadInt64(byte[] buffer, int offset)
        {
            return (long)ReadUInt32(buffer, offset) | ((long)ReadUInt32(buffer, offset + 4) << 32);
        }
    }
}
