namespace ChandlerLoop.Control.Storage
{
    /// <summary>
    /// CRC-32 as used by IEEE 802.3, zlib and PNG (reflected polynomial 0xEDB88320, initial value
    /// and final XOR 0xFFFFFFFF; check value of the ASCII string "123456789" is 0xCBF43926).
    /// Computed bit by bit: no table, so nothing is allocated and nothing static is mutable; a
    /// 48-byte telemetry record costs 384 shift/xor steps.
    /// </summary>
    public static class Crc32
    {
        private const uint ReflectedPolynomial = 0xEDB88320u;

        /// <summary>CRC-32 of <paramref name="count"/> bytes of <paramref name="data"/> from
        /// <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFFu;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    uint mask = (uint)(-(int)(crc & 1u));
                    crc = (crc >> 1) ^ (ReflectedPolynomial & mask);
                }
            }

            return ~crc;
        }
    }
}
