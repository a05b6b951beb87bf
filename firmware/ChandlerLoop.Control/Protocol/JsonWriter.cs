namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Writes one compact JSON document in the protocol's canonical form (docs/protocol.md) into a
    /// byte array allocated once: no whitespace, numbers through <see cref="NumberFormat"/>,
    /// strings escaped minimally (<c>"</c>, <c>\</c> and control characters). Commas between members
    /// and elements are inserted automatically. When the document does not fit, or a number cannot
    /// be written, <see cref="Failed"/> is set and the rest is ignored; it never throws.
    /// </summary>
    public sealed class JsonWriter
    {
        private readonly byte[] _buffer;
        private int _length;
        private bool _needComma;

        /// <summary>Creates a writer whose documents hold at most <paramref name="capacityBytes"/> bytes.</summary>
        public JsonWriter(int capacityBytes)
        {
            _buffer = new byte[capacityBytes < 16 ? 16 : capacityBytes];
        }

        /// <summary>The output; bytes 0..<see cref="Length"/>-1 are the document.</summary>
        public byte[] Buffer { get { return _buffer; } }

        /// <summary>Length of the document written so far, bytes.</summary>
        public int Length { get { return _length; } }

        /// <summary>Capacity, bytes.</summary>
        public int Capacity { get { return _buffer.Length; } }

        /// <summary>True when something did not fit or could not be written; the document is
        /// then incomplete and must not be sent.</summary>
        public bool Failed { get; private set; }

        /// <summary>Starts a new document.</summary>
        public void Reset()
        {
            _length = 0;
            _needComma = false;
            Failed = false;
        }

        /// <summary>Writes <c>{</c>.</summary>
        public void BeginObject()
        {
            BeforeValue();
            Byte((byte)'{');
            _needComma = false;
        }

        /// <summary>Writes <c>}</c>.</summary>
        public void EndObject()
        {
            Byte((byte)'}');
            _needComma = true;
        }

        /// <summary>Writes <c>[</c>.</summary>
        public void BeginArray()
        {
            BeforeValue();
            Byte((byte)'[');
            _needComma = false;
        }

        /// <summary>Writes <c>]</c>.</summary>
        public void EndArray()
        {
            Byte((byte)']');
            _needComma = true;
        }

        /// <summary>Writes a member name (ASCII, not escaped) and the colon.</summary>
        public void Name(string name)
        {
            BeforeValue();
            Byte((byte)'"');
            for (int i = 0; i < name.Length; i++)
            {
                Byte((byte)name[i]);
            }

            Byte((byte)'"');
            Byte((byte)':');
            _needComma = false;
        }

        /// <summary>Writes a string value given as a C# string (converted to UTF-8 and escaped).</summary>
        public void String(string value)
        {
            if (value == null)
            {
                Null();
                return;
            }

            BeforeValue();
            Byte((byte)'"');
            for (int i = 0; i < value.Length && !Failed; i++)
            {
                int c = value[i];
                if (c < 0x80)
                {
                    Escaped(c);
                    continue;
                }

                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < value.Length && value[i + 1] >= 0xDC00 && value[i + 1] <= 0xDFFF)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (value[i + 1] - 0xDC00);
                    i++;
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    c = 0xFFFD;
                }

                CodePoint(c);
            }

            Byte((byte)'"');
            _needComma = true;
        }

        /// <summary>Writes a string value held as UTF-8 text, escaped.</summary>
        public void String(Utf8Text value)
        {
            if (value == null)
            {
                Null();
                return;
            }

            BeforeValue();
            Byte((byte)'"');
            byte[] bytes = value.Bytes;
            for (int i = 0; i < value.Length; i++)
            {
                int b = bytes[i];
                if (b < 0x80)
                {
                    Escaped(b);
                }
                else
                {
                    Byte((byte)b);
                }
            }

            Byte((byte)'"');
            _needComma = true;
        }

        /// <summary>Writes a string value, or <c>null</c> when <paramref name="value"/> is null or empty.</summary>
        public void StringOrNull(Utf8Text value)
        {
            if (value == null || value.Length == 0)
            {
                Null();
                return;
            }

            String(value);
        }

        /// <summary>Writes a number rounded to <paramref name="decimals"/>; fails the document
        /// for NaN, infinity or a value too large to write exactly.</summary>
        public void Number(double value, int decimals)
        {
            BeforeValue();
            int end = Failed ? -1 : NumberFormat.WriteDecimal(_buffer, _length, _buffer.Length, value, decimals);
            Advance(end);
        }

        /// <summary>Writes a number rounded to <paramref name="decimals"/>, or <c>null</c> for NaN
        /// (a reading that is not available).</summary>
        public void NumberOrNull(double value, int decimals)
        {
            if (double.IsNaN(value))
            {
                Null();
                return;
            }

            Number(value, decimals);
        }

        /// <summary>Writes an integer.</summary>
        public void Integer(long value)
        {
            BeforeValue();
            int end = Failed ? -1 : NumberFormat.WriteInteger(_buffer, _length, _buffer.Length, value);
            Advance(end);
        }

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public void Boolean(bool value)
        {
            BeforeValue();
            Ascii(value ? "true" : "false");
            _needComma = true;
        }

        /// <summary>Writes <c>null</c>.</summary>
        public void Null()
        {
            BeforeValue();
            Ascii("null");
            _needComma = true;
        }

        private void Advance(int end)
        {
            if (end < 0)
            {
                Failed = true;
            }
            else
            {
                _length = end;
            }

            _needComma = true;
        }

        private void BeforeValue()
        {
            if (_needComma)
            {
                Byte((byte)',');
                _needComma = false;
            }
        }

        private void Escaped(int c)
        {
            if (c == '"' || c == '\\')
            {
                Byte((byte)'\\');
                Byte((byte)c);
                return;
            }

            if (c >= 0x20)
            {
                Byte((byte)c);
                return;
            }

            Byte((byte)'\\');
            switch (c)
            {
                case 0x08: Byte((byte)'b'); return;
                case 0x0C: Byte((byte)'f'); return;
                case 0x0A: Byte((byte)'n'); return;
                case 0x0D: Byte((byte)'r'); return;
                case 0x09: Byte((byte)'t'); return;
            }

            Ascii("u00");
            Byte((byte)HexDigit(c >> 4));
            Byte((byte)HexDigit(c & 0xF));
        }

        private static int HexDigit(int value)
        {
            return value < 10 ? '0' + value : 'a' + value - 10;
        }

        private void CodePoint(int c)
        {
            if (c < 0x800)
            {
                Byte((byte)(0xC0 | (c >> 6)));
            }
            else if (c < 0x10000)
            {
                Byte((byte)(0xE0 | (c >> 12)));
                Byte((byte)(0x80 | ((c >> 6) & 0x3F)));
            }
            else
            {
                Byte((byte)(0xF0 | (c >> 18)));
                Byte((byte)(0x80 | ((c >> 12) & 0x3F)));
                Byte((byte)(0x80 | ((c >> 6) & 0x3F)));
            }

            Byte((byte)(0x80 | (c & 0x3F)));
        }

        private void Ascii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Byte((byte)text[i]);
            }
        }

        private void Byte(byte value)
        {
            if (Failed || _length >= _buffer.Length)
            {
                Failed = true;
                return;
            }

            _buffer[_length++] = value;
        }
    }
}
