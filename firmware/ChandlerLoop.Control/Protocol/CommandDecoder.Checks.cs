namespace ChandlerLoop.Control.Protocol
{
    public sealed partial class CommandDecoder
    {
        private ProtocolReason RequireString(int field, Utf8Text destination)
        {
            int position = _fieldPositions[field];
            if (position < 0)
            {
                return Missing(field);
            }

            if (_reader.KindAt(position) != JsonKind.String)
            {
                return WrongType(field, "a string");
            }

            _reader.CopyString(position, destination);
            return ProtocolReason.Ok;
        }

        private ProtocolReason OptionalNumber(int field, double min, double max, string unit, double fallback, out double value)
        {
            if (_fieldPositions[field] < 0)
            {
                value = fallback;
                return ProtocolReason.Ok;
            }

            return RequireNumber(field, min, max, unit, out value);
        }

        private ProtocolReason RequireNumber(int field, double min, double max, string unit, out double value)
        {
            value = 0.0;
            int position = _fieldPositions[field];
            if (position < 0)
            {
                return Missing(field);
            }

            if (!_reader.TryReadNumber(position, out value))
            {
                return WrongType(field, "a number");
            }

            return value >= min && value <= max ? ProtocolReason.Ok : OutOfRange(field, min, max, unit);
        }

        private ProtocolReason RequireInteger(int field, long min, long max, string unit, out int value)
        {
            value = 0;
            double number;
            ProtocolReason r = RequireNumber(field, double.NegativeInfinity, double.PositiveInfinity, unit, out number);
            if (r != ProtocolReason.Ok)
            {
                return r == ProtocolReason.WrongFieldType ? WrongType(field, "an integer", true) : r;
            }

            if (!double.IsInfinity(number) && System.Math.Floor(number) != number)
            {
                return WrongType(field, "an integer");
            }

            if (!(number >= min && number <= max))
            {
                return OutOfRange(field, min, max, unit);
            }

            value = (int)number;
            return ProtocolReason.Ok;
        }

        private ProtocolReason Missing(int field)
        {
            Detail.Append(FieldNames[field]);
            Detail.Append(" is missing");
            return ProtocolReason.MissingField;
        }

        private ProtocolReason WrongType(int field, string expected)
        {
            return WrongType(field, expected, false);
        }

        private ProtocolReason WrongType(int field, string expected, bool replace)
        {
            if (replace)
            {
                Detail.Clear();
            }

            Detail.Append(FieldNames[field]);
            Detail.Append(" must be ");
            Detail.Append(expected);
            return ProtocolReason.WrongFieldType;
        }

        private ProtocolReason OutOfRange(int field, double min, double max, string unit)
        {
            Detail.Append(FieldNames[field]);
            Detail.Append(" ");
            _reader.AppendRaw(_fieldPositions[field], Detail, 24);
            Detail.Append(" is outside ");
            Detail.AppendNumber(min, ProtocolLimits.GainDecimals);
            Detail.Append("..");
            Detail.AppendNumber(max, ProtocolLimits.GainDecimals);
            if (unit.Length > 0)
            {
                Detail.Append(" ");
                Detail.Append(unit);
            }

            return ProtocolReason.OutOfRange;
        }

        /// <summary>True for 1..<paramref name="maxChars"/> characters of A-Za-z0-9-_.</summary>
        private static bool IsIdentifier(Utf8Text text, int maxChars)
        {
            if (text.Length < 1 || text.Length > maxChars)
            {
                return false;
            }

            byte[] bytes = text.Bytes;
            for (int i = 0; i < text.Length; i++)
            {
                int b = bytes[i];
                bool ok = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasControlCharacter(Utf8Text text)
        {
            byte[] bytes = text.Bytes;
            for (int i = 0; i < text.Length; i++)
            {
                if (bytes[i] < 0x20 || bytes[i] == 0x7F)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Copies at most <paramref name="maxChars"/> code points of <paramref name="source"/>.</summary>
        private static void CopyCodePoints(Utf8Text source, Utf8Text destination, int maxChars)
        {
            destination.Clear();
            byte[] bytes = source.Bytes;
            int chars = 0;
            int end = 0;
            while (end < source.Length)
            {
                if ((bytes[end] & 0xC0) != 0x80)
                {
                    if (chars == maxChars)
                    {
                        break;
                    }

                    chars++;
                }

                end++;
            }

            destination.AppendBytes(bytes, 0, end);
        }
    }
}
