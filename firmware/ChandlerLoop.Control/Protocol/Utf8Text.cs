namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// A fixed-capacity piece of UTF-8 text: a byte array allocated once plus a length. The
    /// protocol keeps identifiers (rig, command and run ids, tube labels, notes) and human-readable
    /// details in these so that decoding and answering a command allocates nothing. Appending
    /// past the capacity truncates at a character boundary and sets <see cref="Truncated"/>; it
    /// never throws. <see cref="ToString"/> allocates a string (for logs and tests only).
    /// </summary>
    public sealed class Utf8Text
    {
        private readonly byte[] _bytes;
        private int _length;

        /// <summary>Creates empty text holding at most <paramref name="capacityBytes"/> bytes.</summary>
        public Utf8Text(int capacityBytes)
        {
            _bytes = new byte[capacityBytes < 1 ? 1 : capacityBytes];
        }

        /// <summary>The storage; bytes 0..<see cref="Length"/>-1 are the text.</summary>
        public byte[] Bytes { get { return _bytes; } }

        /// <summary>Length of the text, bytes.</summary>
        public int Length { get { return _length; } }

        /// <summary>Capacity, bytes.</summary>
        public int Capacity { get { return _bytes.Length; } }

        /// <summary>True when an append did not fit and the text was cut.</summary>
        public bool Truncated { get; private set; }

        /// <summary>Empties the text and clears <see cref="Truncated"/>.</summary>
        public void Clear()
        {
            _length = 0;
            Truncated = false;
        }

        /// <summary>Replaces the text with <paramref name="text"/> (UTF-16 converted to UTF-8).</summary>
        public void Set(string text)
        {
            Clear();
            Append(text);
        }

        /// <summary>Replaces the text with a copy of <paramref name="other"/> (empty if null).</summary>
        public void CopyFrom(Utf8Text other)
        {
            Clear();
            if (other != null)
            {
                AppendBytes(other._bytes, 0, other._length);
            }
        }

        /// <summary>Appends <paramref name="text"/> converted to UTF-8 (unpaired surrogates become
        /// U+FFFD). A null string appends nothing.</summary>
        public void Append(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int codePoint = text[i];
                if (codePoint >= 0xD800 && codePoint <= 0xDBFF && i + 1 < text.Length
                    && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                }
                else if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                {
                    codePoint = 0xFFFD;
                }

                if (!AppendCodePoint(codePoint))
                {
                    return;
                }
            }
        }

        /// <summary>Appends UTF-8 bytes as they are, cutting at a character boundary if they do
        /// not fit.</summary>
        public void AppendBytes(byte[] source, int offset, int count)
        {
            if (Truncated)
            {
                return;
            }

            int room = _bytes.Length - _length;
            if (count > room)
            {
                count = room;
                while (count > 0 && (source[offset + count] & 0xC0) == 0x80)
                {
                    count--;
                }

                Truncated = true;
            }

            for (int i = 0; i < count; i++)
            {
                _bytes[_length + i] = source[offset + i];
            }

            _length += count;
        }

        /// <summary>Appends the text of <paramref name="other"/>.</summary>
        public void AppendText(Utf8Text other)
        {
            if (other != null)
            {
                AppendBytes(other._bytes, 0, other._length);
            }
        }

        /// <summary>Appends a decimal integer.</summary>
        public void AppendInteger(long value)
        {
            if (Truncated)
            {
                return;
            }

            int end = NumberFormat.WriteInteger(_bytes, _length, _bytes.Length, value);
            if (end < 0)
            {
                Truncated = true;
                return;
            }

            _length = end;
        }

        /// <summary>Appends a number rounded to <paramref name="decimals"/> in the canonical
        /// shortest form; "?" when it cannot be written (NaN, infinite, too large).</summary>
        public void AppendNumber(double value, int decimals)
        {
            if (Truncated)
            {
                return;
            }

            int end = NumberFormat.WriteDecimal(_bytes, _length, _bytes.Length, value, decimals);
            if (end < 0)
            {
                Append("?");
                return;
            }

            _length = end;
        }

        /// <summary>True when the text equals <paramref name="text"/> (compared as UTF-8,
        /// without allocating).</summary>
        public bool Equals(string text)
        {
            if (text == null)
            {
                return false;
            }

            int position = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int codePoint = text[i];
                if (codePoint >= 0xD800 && codePoint <= 0xDBFF && i + 1 < text.Length
                    && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                }

                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (position + size > _length)
                {
                    return false;
                }

                if (size == 1)
                {
                    if (_bytes[position++] != codePoint)
                    {
                        return false;
                    }

                    continue;
                }

                int shift = 6 * (size - 1);
                int lead = size == 2 ? 0xC0 : size == 3 ? 0xE0 : 0xF0;
                if (_bytes[position++] != (byte)(lead | (codePoint >> shift)))
                {
                    return false;
                }

                while (shift > 0)
                {
                    shift -= 6;
                    if (_bytes[position++] != (byte)(0x80 | ((codePoint >> shift) & 0x3F)))
                    {
                        return false;
                    }
                }
            }

            return position == _length;
        }

        /// <summary>True when both texts hold the same bytes.</summary>
        public bool EqualsText(Utf8Text other)
        {
            return other != null && EqualsBytes(other._bytes, 0, other._length);
        }

        /// <summary>True when the text equals bytes <paramref name="offset"/>..+<paramref name="count"/>.</summary>
        public bool EqualsBytes(byte[] source, int offset, int count)
        {
            if (count != _length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (_bytes[i] != source[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Number of Unicode code points (bytes that are not UTF-8 continuation bytes).</summary>
        public int CodePointCount()
        {
            int count = 0;
            for (int i = 0; i < _length; i++)
            {
                if ((_bytes[i] & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Decodes the text into a new string (allocates; not for tick paths).</summary>
        public override string ToString()
        {
            char[] chars = new char[_length];
            int count = 0;
            int i = 0;
            while (i < _length)
            {
                int b = _bytes[i];
                int codePoint;
                int extra;
                if (b < 0x80) { codePoint = b; extra = 0; }
                else if (b >= 0xF0) { codePoint = b & 0x07; extra = 3; }
                else if (b >= 0xE0) { codePoint = b & 0x0F; extra = 2; }
                else { codePoint = b & 0x1F; extra = 1; }

                i++;
                for (int k = 0; k < extra && i < _length; k++, i++)
                {
                    codePoint = (codePoint << 6) | (_bytes[i] & 0x3F);
                }

                if (codePoint >= 0x10000)
                {
                    codePoint -= 0x10000;
                    chars[count++] = (char)(0xD800 + (codePoint >> 10));
                    chars[count++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                else
                {
                    chars[count++] = (char)codePoint;
                }
            }

            return new string(chars, 0, count);
        }

        /// <summary>Appends one Unicode code point as UTF-8; false (and <see cref="Truncated"/>)
        /// when it does not fit.</summary>
        public bool AppendCodePoint(int codePoint)
        {
            if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                codePoint = 0xFFFD;
            }

            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (Truncated || _length + size > _bytes.Length)
            {
                Truncated = true;
                return false;
            }

            if (size == 1)
            {
                _bytes[_length++] = (byte)codePoint;
                return true;
            }

            int shift = 6 * (size - 1);
            int lead = size == 2 ? 0xC0 : size == 3 ? 0xE0 : 0xF0;
            _bytes[_length++] = (byte)(lead | (codePoint >> shift));
            while (shift > 0)
            {
                shift -= 6;
                _bytes[_length++] = (byte)(0x80 | ((codePoint >> shift) & 0x3F));
            }

            return true;
        }
    }
}
