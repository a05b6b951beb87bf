namespace ChandlerLoop.Control.Protocol
{
    public sealed partial class JsonReader
    {
        /// <summary>Reads the number at <paramref name="position"/>. Exact (correctly rounded)
        /// for up to 15 significant digits with a decimal exponent within ±22, which covers
        /// every number the protocol writes; others are close approximations, ±∞ on overflow.
        /// False when the value is not a number.</summary>
        public bool TryReadNumber(int position, out double value)
        {
            value = 0.0;
            if (KindAt(position) != JsonKind.Number)
            {
                return false;
            }

            bool negative = _buffer[position] == (byte)'-';
            if (negative)
            {
                position++;
            }

            long mantissa = 0;
            int exponent = 0;
            bool fraction = false;
            while (position < _length)
            {
                int b = _buffer[position];
                if (b >= '0' && b <= '9')
                {
                    if (mantissa < 100000000000000000L)
                    {
                        mantissa = mantissa * 10 + (b - '0');
                        if (fraction)
                        {
                            exponent--;
                        }
                    }
                    else if (!fraction)
                    {
                        exponent++;
                    }
                }
                else if (b == '.')
                {
                    fraction = true;
                }
                else
                {
                    break;
                }

                position++;
            }

            if (position < _length && (_buffer[position] == (byte)'e' || _buffer[position] == (byte)'E'))
            {
                position++;
                bool negativeExponent = _buffer[position] == (byte)'-';
                if (negativeExponent || _buffer[position] == (byte)'+')
                {
                    position++;
                }

                int written = 0;
                while (position < _length && _buffer[position] >= (byte)'0' && _buffer[position] <= (byte)'9')
                {
                    if (written < 100000)
                    {
                        written = written * 10 + (_buffer[position] - '0');
                    }

                    position++;
                }

                exponent += negativeExponent ? -written : written;
            }

            value = Scale(mantissa, exponent);
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private static double Scale(long mantissa, int exponent)
        {
            double m = mantissa;
            if (mantissa == 0)
            {
                return 0.0;
            }

            if (exponent >= 0)
            {
                return exponent <= 22 ? m * NumberFormat.PowerOfTen(exponent)
                    : exponent > 400 ? double.PositiveInfinity : m * NumberFormat.PowerOfTen(exponent);
            }

            if (exponent >= -22)
            {
                return m / NumberFormat.PowerOfTen(-exponent);
            }

            if (exponent < -400)
            {
                return 0.0;
            }

            // Two steps keep 10^-exponent from overflowing or underflowing on its own.
            return m / NumberFormat.PowerOfTen(22) / NumberFormat.PowerOfTen(-exponent - 22);
        }

        private int ScanLiteral(int position, string literal)
        {
            for (int i = 0; i < literal.Length; i++)
            {
                if (position + i >= _length || _buffer[position + i] != literal[i])
                {
                    Fail(position + i, JsonReaderError.Syntax);
                    return -1;
                }
            }

            return position + literal.Length;
        }

        private int ScanNumber(int position)
        {
            int start = position;
            if (_buffer[position] == (byte)'-')
            {
                position++;
            }

            if (position < _length && _buffer[position] == (byte)'0')
            {
                position++;
            }
            else
            {
                int digits = ScanDigits(position);
                if (digits == position)
                {
                    Fail(position, JsonReaderError.Syntax);
                    return -1;
                }

                position = digits;
            }

            if (position < _length && _buffer[position] == (byte)'.')
            {
                int digits = ScanDigits(position + 1);
                if (digits == position + 1)
                {
                    Fail(digits, JsonReaderError.Syntax);
                    return -1;
                }

                position = digits;
            }

            if (position < _length && (_buffer[position] == (byte)'e' || _buffer[position] == (byte)'E'))
            {
                position++;
                if (position < _length && (_buffer[position] == (byte)'+' || _buffer[position] == (byte)'-'))
                {
                    position++;
                }

                int digits = ScanDigits(position);
                if (digits == position)
                {
                    Fail(position, JsonReaderError.Syntax);
                    return -1;
                }

                position = digits;
            }

            return position > start ? position : -1;
        }

        private int ScanDigits(int position)
        {
            while (position < _length && _buffer[position] >= (byte)'0' && _buffer[position] <= (byte)'9')
            {
                position++;
            }

            return position;
        }
    }
}
