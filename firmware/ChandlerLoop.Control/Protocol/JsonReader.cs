namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// An allocation-free JSON reader over a UTF-8 byte array. <see cref="Load"/> checks the whole
    /// document against RFC 8259 (strict grammar, well-formed UTF-8 in strings, nothing but
    /// whitespace after the value, at most <see cref="MaxDepth"/> nested containers) and records
    /// where it failed; afterwards values are read in place by their byte position (navigation,
    /// string comparison and copying, number parsing) without building a tree. Nothing is
    /// allocated after construction and nothing throws on any input. Not thread-safe.
    /// </summary>
    public sealed partial class JsonReader
    {
        /// <summary>Deepest nesting of objects and arrays accepted (the root counts as 1).</summary>
        public const int MaxDepth = 16;

        private byte[] _buffer;
        private int _length;

        /// <summary>Why the latest <see cref="Load"/> failed.</summary>
        public JsonReaderError Error { get; private set; }

        /// <summary>Byte offset where the latest <see cref="Load"/> found the problem.</summary>
        public int ErrorOffset { get; private set; }

        /// <summary>Byte position of the document's root value after a successful <see cref="Load"/>.</summary>
        public int Root { get; private set; }

        /// <summary>Checks bytes 0..<paramref name="length"/>-1 of <paramref name="buffer"/> as one
        /// JSON document. True when valid; otherwise <see cref="Error"/> and
        /// <see cref="ErrorOffset"/> say why and where.</summary>
        public bool Load(byte[] buffer, int length)
        {
            Error = JsonReaderError.None;
            ErrorOffset = 0;
            Root = -1;
            if (buffer == null || length < 0 || length > buffer.Length)
            {
                _buffer = null;
                _length = 0;
                return Fail(0, JsonReaderError.Syntax);
            }

            _buffer = buffer;
            _length = length;
            int position = SkipWhitespace(0);
            int start = position;
            position = ScanValue(position, 0);
            if (position < 0)
            {
                return false;
            }

            position = SkipWhitespace(position);
            if (position != _length)
            {
                return Fail(position, JsonReaderError.Syntax);
            }

            Root = start;
            return true;
        }

        private int ScanValue(int position, int depth)
        {
            if (position >= _length)
            {
                Fail(position, JsonReaderError.Syntax);
                return -1;
            }

            byte b = _buffer[position];
            switch (b)
            {
                case (byte)'{':
                case (byte)'[':
                    return ScanContainer(position, depth);
                case (byte)'"':
                    return ScanString(position);
                case (byte)'t':
                    return ScanLiteral(position, "true");
                case (byte)'f':
                    return ScanLiteral(position, "false");
                case (byte)'n':
                    return ScanLiteral(position, "null");
                default:
                    if (b == (byte)'-' || (b >= (byte)'0' && b <= (byte)'9'))
                    {
                        return ScanNumber(position);
                    }

                    Fail(position, JsonReaderError.Syntax);
                    return -1;
            }
        }

        private int ScanContainer(int position, int depth)
        {
            if (depth >= MaxDepth)
            {
                Fail(position, JsonReaderError.TooDeep);
                return -1;
            }

            bool isObject = _buffer[position] == (byte)'{';
            byte close = isObject ? (byte)'}' : (byte)']';
            position = SkipWhitespace(position + 1);
            if (position < _length && _buffer[position] == close)
            {
                return position + 1;
            }

            while (true)
            {
                if (isObject)
                {
                    if (position >= _length || _buffer[position] != (byte)'"')
                    {
                        Fail(position, JsonReaderError.Syntax);
                        return -1;
                    }

                    position = ScanString(position);
                    if (position < 0)
                    {
                        return -1;
                    }

                    position = SkipWhitespace(position);
                    if (position >= _length || _buffer[position] != (byte)':')
                    {
                        Fail(position, JsonReaderError.Syntax);
                        return -1;
                    }

                    position = SkipWhitespace(position + 1);
                }

                position = ScanValue(position, depth + 1);
                if (position < 0)
                {
                    return -1;
                }

                position = SkipWhitespace(position);
                if (position < _length && _buffer[position] == (byte)',')
                {
                    position = SkipWhitespace(position + 1);
                    continue;
                }

                if (position < _length && _buffer[position] == close)
                {
                    return position + 1;
                }

                Fail(position, JsonReaderError.Syntax);
                return -1;
            }
        }

        private int ScanString(int position)
        {
            position++;
            while (position < _length)
            {
                int b = _buffer[position];
                if (b == '"')
                {
                    return position + 1;
                }

                if (b < 0x20)
                {
                    break;
                }

                if (b == '\\')
                {
                    position = ScanEscape(position);
                }
                else if (b < 0x80)
                {
                    position++;
                }
                else
                {
                    position = ScanUtf8(position);
                }

                if (position < 0)
                {
                    return -1;
                }
            }

            Fail(position, JsonReaderError.Syntax);
            return -1;
        }

        private int ScanEscape(int position)
        {
            if (position + 1 >= _length)
            {
                Fail(position, JsonReaderError.Syntax);
                return -1;
            }

            int e = _buffer[position + 1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't')
            {
                return position + 2;
            }

            if (e == 'u' && position + 5 < _length && HexValue(position + 2) >= 0)
            {
                return position + 6;
            }

            Fail(position, JsonReaderError.Syntax);
            return -1;
        }

        /// <summary>Checks one multi-byte UTF-8 sequence (no overlong forms, no surrogates,
        /// nothing above U+10FFFF) and returns the position after it.</summary>
        private int ScanUtf8(int position)
        {
            int b = _buffer[position];
            int extra;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) { extra = 1; }
            else if (b == 0xE0) { extra = 2; secondMin = 0xA0; }
            else if (b >= 0xE1 && b <= 0xEC) { extra = 2; }
            else if (b == 0xED) { extra = 2; secondMax = 0x9F; }
            else if (b >= 0xEE && b <= 0xEF) { extra = 2; }
            else if (b == 0xF0) { extra = 3; secondMin = 0x90; }
            else if (b >= 0xF1 && b <= 0xF3) { extra = 3; }
            else if (b == 0xF4) { extra = 3; secondMax = 0x8F; }
            else
            {
                Fail(position, JsonReaderError.Syntax);
                return -1;
            }

            for (int i = 1; i <= extra; i++)
            {
                int min = i == 1 ? secondMin : 0x80;
                int max = i == 1 ? secondMax : 0xBF;
                if (position + i >= _length || _buffer[position + i] < min || _buffer[position + i] > max)
                {
                    Fail(position, JsonReaderError.Syntax);
                    return -1;
                }
            }

            return position + 1 + extra;
        }

        private int SkipWhitespace(int position)
        {
            while (position < _length)
            {
                byte b = _buffer[position];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\n' && b != (byte)'\r')
                {
                    break;
                }

                position++;
            }

            return position;
        }

        private bool Fail(int offset, JsonReaderError error)
        {
            if (Error == JsonReaderError.None)
            {
                Error = error;
                ErrorOffset = offset;
            }

            return false;
        }
    }
}
