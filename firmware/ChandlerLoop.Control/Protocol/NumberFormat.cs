using System;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Writes numbers as ASCII into a byte buffer without allocating, in the protocol's canonical
    /// form (docs/protocol.md): rounded half away from zero to a fixed number of decimals, then the
    /// shortest text (no trailing zeros, no trailing point, no exponent, no "-0"). Values whose
    /// scaled magnitude does not fit exactly in a double's 53-bit integer range (|value| ≥ 2^53 /
    /// 10^decimals) and NaN or infinities are refused (-1), never written wrongly.
    /// </summary>
    public static class NumberFormat
    {
        /// <summary>Most decimals supported (PID gains use 6).</summary>
        public const int MaxDecimals = 9;

        /// <summary>Largest integer a double holds exactly, 2^53.</summary>
        private const double ExactIntegerLimit = 9007199254740992.0;

        /// <summary>Exact powers of ten 10^0..10^22 (all exactly representable in a double).</summary>
        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /// <summary>10^<paramref name="exponent"/> for 0..22 exactly; larger exponents through
        /// Math.Pow (approximate).</summary>
        public static double PowerOfTen(int exponent)
        {
            if (exponent >= 0 && exponent < PowersOfTen.Length)
            {
                return PowersOfTen[exponent];
            }

            return Math.Pow(10.0, exponent);
        }

        /// <summary>Writes <paramref name="value"/> rounded to <paramref name="decimals"/>
        /// (0..<see cref="MaxDecimals"/>) at <paramref name="position"/>; returns the position
        /// after the text, or -1 when it does not fit before <paramref name="limit"/> or the
        /// value cannot be written exactly (NaN, infinity, too large).</summary>
        public static int WriteDecimal(byte[] buffer, int position, int limit, double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || decimals < 0 || decimals > MaxDecimals)
            {
                return -1;
            }

            double scaled = Math.Abs(value) * PowersOfTen[decimals];
            if (scaled >= ExactIntegerLimit)
            {
                return -1;
            }

            // Half away from zero: floor(x + 0.5) on the magnitude.
            long units = (long)Math.Floor(scaled + 0.5);
            bool negative = value < 0.0 && units != 0;
            long divisor = (long)PowersOfTen[decimals];
            long integerPart = units / divisor;
            long fraction = units % divisor;
            int digits = decimals;
            while (digits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            if (negative)
            {
                if (position >= limit)
                {
                    return -1;
                }

                buffer[position++] = (byte)'-';
            }

            position = WriteInteger(buffer, position, limit, integerPart);
            if (position < 0 || digits == 0)
            {
                return position;
            }

            if (position + 1 + digits > limit)
            {
                return -1;
            }

            buffer[position++] = (byte)'.';
            for (int i = digits - 1; i >= 0; i--)
            {
                buffer[position + i] = (byte)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            return position + digits;
        }

        /// <summary>Writes a decimal integer at <paramref name="position"/>; returns the position
        /// after it, or -1 when it does not fit before <paramref name="limit"/>.</summary>
        public static int WriteInteger(byte[] buffer, int position, int limit, long value)
        {
            if (value == long.MinValue)
            {
                return -1;
            }

            if (value < 0)
            {
                if (position >= limit)
                {
                    return -1;
                }

                buffer[position++] = (byte)'-';
                value = -value;
            }

            int digits = 1;
            long rest = value;
            while (rest >= 10)
            {
                rest /= 10;
                digits++;
            }

            if (position + digits > limit)
            {
                return -1;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                buffer[position + i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return position + digits;
        }
    }
}
