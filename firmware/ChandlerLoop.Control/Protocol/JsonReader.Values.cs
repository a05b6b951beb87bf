namespace ChandlerLoop.Control.Protocol
{
    public sealed partial class JsonReader
    {
        /// <summary>Kind of the value starting at <paramref name="position"/>.</summary>
        public JsonKind KindAt(int position)
        {
            if (_buffer == null || position < 0 || position >= _length)
            {
                return JsonKind.None;
            }

            switch (_buffer[position])
            {
                case (byte)'{': return JsonKind.Object;
                case (byte)'[': return JsonKind.Array;
                case (byte)'"': return JsonKind.String;
                case (byte)'t': return JsonKind.True;
                case (byte)'f': return JsonKind.False;
                case (byte)'n': return JsonKind.Null;
                default: return JsonKind.Number;
            }
        }

        /// <summary>Position just after the (valid) value starting at <paramref name="position"/>.</summary>
        public int ValueEnd(int position)
        {
            return ScanValue(position, 0);
        }

        /// <summary>Position of the first member's key (a string) of the object at
        /// <paramref name="objectPosition"/>, or -1 when the object is empty.</summary>
        public int FirstMember(int objectPosition)
        {
            int position = SkipWhitespace(objectPosition + 1);
            return _buffer[position] == (byte)'"' ? position : -1;
        }

        /// <summary>Position of the value of the member whose key starts at <paramref name="keyPosition"/>.</summary>
        public int MemberValue(int keyPosition)
        {
            int position = SkipWhitespace(ScanString(keyPosition));
            return SkipWhitespace(position + 1);
        }

        /// <summary>Position of the key of the member after the one whose key starts at
        /// <paramref name="keyPosition"/>, or -1 after the last member.</summary>
        public int NextMember(int keyPosition)
        {
            int position = SkipWhitespace(ValueEnd(MemberValue(keyPosition)));
            return _buffer[position] == (byte)',' ? SkipWhitespace(position + 1) : -1;
        }

        /// <summary>Position of the first element of the array at <paramref name="arrayPosition"/>,
        /// or -1 when it is empty.</summary>
        public int FirstElement(int arrayPosition)
        {
            int position = SkipWhitespace(arrayPosition + 1);
            return _buffer[position] == (byte)']' ? -1 : position;
        }

        /// <summary>Position of the element after the one at <paramref name="elementPosition"/>,
        /// or -1 after the last.</summary>
        public int NextElement(int elementPosition)
        {
            int position = SkipWhitespace(ValueEnd(elementPosition));
            return _buffer[position] == (byte)',' ? SkipWhitespace(position + 1) : -1;
        }

        /// <summary>True when the string at <paramref name="stringPosition"/>, unescaped, equals
        /// <paramref name="text"/> (a BMP string such as a field name).</summary>
        public bool StringEquals(int stringPosition, string text)
        {
            if (KindAt(stringPosition) != JsonKind.String)
            {
                return false;
            }

            int cursor = stringPosition + 1;
            for (int i = 0; i < text.Length; i++)
            {
                if (NextCodePoint(ref cursor) != text[i])
                {
                    return false;
                }
            }

            return NextCodePoint(ref cursor) < 0;
        }

        /// <summary>Replaces <paramref name="destination"/> with the unescaped UTF-8 content of
        /// the string at <paramref name="stringPosition"/>; false when it does not fit (the
        /// destination then holds a truncated copy).</summary>
        public bool CopyString(int stringPosition, Utf8Text destination)
        {
            destination.Clear();
            int cursor = stringPosition + 1;
            int codePoint = NextCodePoint(ref cursor);
            while (codePoint >= 0)
            {
                if (!destination.AppendCodePoint(codePoint))
                {
                    return false;
                }

                codePoint = NextCodePoint(ref cursor);
            }

            return true;
        }

        /// <summary>Appends the raw JSON text of the value at <paramref name="position"/> to
        /// <paramref name="destination"/>, cut after <paramref name="maxBytes"/> bytes with "...".</summary>
        public void AppendRaw(int position, Utf8Text destination, int maxBytes)
        {
            int end = ValueEnd(position);
            int count = end - position;
            if (count > maxBytes)
            {
                destination.AppendBytes(_buffer, position, maxBytes);
                destination.Append("...");
                return;
            }

            destination.AppendBytes(_buffer, position, count);
        }

        /// <summary>Next code point of a valid string's content at <paramref name="cursor"/>
        /// (advanced past it), or -1 at the closing quote. Lone surrogate escapes give U+FFFD.</summary>
        private int NextCodePoint(ref int cursor)
        {
            int b = _buffer[cursor];
            if (b == '"')
            {
                return -1;
            }

            if (b == '\\')
            {
                int e = _buffer[cursor + 1];
                cursor += 2;
                switch (e)
                {
                    case 'b': return 0x08;
                    case 'f': return 0x0C;
                    case 'n': return 0x0A;
                    case 'r': return 0x0D;
                    case 't': return 0x09;
                    case 'u': return NextEscapedCodePoint(ref cursor);
                    default: return e;
                }
            }

            if (b < 0x80)
            {
                cursor++;
                return b;
            }

            int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
            int codePoint = b & (extra == 3 ? 0x07 : extra == 2 ? 0x0F : 0x1F);
            for (int i = 1; i <= extra; i++)
            {
                codePoint = (codePoint << 6) | (_buffer[cursor + i] & 0x3F);
            }

            cursor += 1 + extra;
            return codePoint;
        }

        private int NextEscapedCodePoint(ref int cursor)
        {
            int unit = HexValue(cursor);
            cursor += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF && cursor + 5 < _length && _buffer[cursor] == (byte)'\\'
                && _buffer[cursor + 1] == (byte)'u')
            {
                int low = HexValue(cursor + 2);
                if (low >= 0xDC00 && low <= 0xDFFF)
                {
                    cursor += 6;
                    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
            }

            return unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : unit;
        }

        /// <summary>Value of the four hex digits at <paramref name="position"/>, or -1.</summary>
        private int HexValue(int position)
        {
            if (position + 4 > _length)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                int b = _buffer[position + i];
                int digit = b >= '0' && b <= '9' ? b - '0'
                    : b >= 'a' && b <= 'f' ? b - 'a' + 10
                    : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
                if (digit < 0)
                {
                    return -1;
                }

                value = value * 16 + digit;
            }

            return value;
        }
    }
}
