namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Reads a payload from a rig's <c>commands</c> topic into a <see cref="DecodedCommand"/> and
    /// checks it completely against docs/protocol.md, in the documented order: size, JSON,
    /// object, id (these four cannot be answered by id: <see cref="IdReadable"/> is false), then
    /// <c>v</c>, <c>type</c>, <c>rig</c>, <c>cmd</c>, duplicate known fields, and the command's
    /// fields in table order. The first problem gives the <see cref="ProtocolReason"/> and a
    /// sentence for a person in <see cref="Detail"/> (e.g. "set_c 45 is outside 20..42 °C").
    /// Unknown fields are ignored. Allocates nothing after construction and never throws on any
    /// input. Range checks here are the protocol's; the control core still applies its own
    /// (e.g. the set-point against the over-temperature limit). Not thread-safe.
    /// </summary>
    public sealed partial class CommandDecoder
    {
        private const int FieldV = 0, FieldType = 1, FieldRig = 2, FieldId = 3, FieldCmd = 4, FieldRun = 5,
            FieldSetC = 6, FieldRpm = 7, FieldExposure = 8, FieldSamples = 9, FieldBand = 10, FieldHold = 11,
            FieldRotate = 12, FieldSample = 13, FieldTube = 14, FieldReason = 15, FieldNote = 16, FieldKp = 17,
            FieldKi = 18, FieldKd = 19, FieldMaxDuty = 20, FieldSeconds = 21, FieldFromSeq = 22, FieldToSeq = 23;

        /// <summary>Every field name version 1 defines for commands, indexed by the Field constants.</summary>
        private static readonly string[] FieldNames =
        {
            "v", "type", "rig", "id", "cmd", "run", "set_c", "rpm", "exposure_min", "samples_min", "band_c",
            "hold_s", "rotate_while_sampling", "sample", "tube", "reason", "note", "kp", "ki", "kd", "max_duty",
            "seconds", "from_seq", "to_seq",
        };

        private readonly JsonReader _reader = new JsonReader();
        private readonly int[] _fieldPositions = new int[FieldNames.Length];
        private readonly Utf8Text _rigId = new Utf8Text(ProtocolLimits.MaxRigIdChars);
        private readonly Utf8Text _scratch = new Utf8Text(ProtocolLimits.MaxCommandIdChars * 4);
        private int _duplicateField;
        private DecodedCommand _command;

        /// <summary>Creates a decoder for the rig <paramref name="rigId"/> (commands naming another
        /// rig are answered <c>wrong_rig</c>).</summary>
        public CommandDecoder(string rigId)
        {
            _rigId.Set(rigId);
        }

        /// <summary>The result of the latest <see cref="Decode"/>.</summary>
        public ProtocolReason Reason { get; private set; }

        /// <summary>Human-readable explanation of a rejection (empty when accepted).</summary>
        public Utf8Text Detail { get; } = new Utf8Text(ProtocolLimits.MaxDetailBytes);

        /// <summary>True when the command id was read, so the answer is a <c>command_result</c>
        /// for <see cref="DecodedCommand.Id"/>; false means a <c>message_rejected</c> event.</summary>
        public bool IdReadable { get; private set; }

        /// <summary>The <c>cmd</c> string as received (at most 32 characters) for the answer;
        /// empty when missing or not a string (then <c>cmd</c> is written as null).</summary>
        public Utf8Text EchoedCommand { get; } = new Utf8Text(ProtocolLimits.MaxEchoedCommandChars * 4);

        /// <summary>Reads bytes 0..<paramref name="length"/>-1 of <paramref name="payload"/> into
        /// <paramref name="command"/> (cleared first) and returns <see cref="ProtocolReason.Ok"/>
        /// or the first problem.</summary>
        public ProtocolReason Decode(byte[] payload, int length, DecodedCommand command)
        {
            _command = command;
            command.Clear();
            Detail.Clear();
            EchoedCommand.Clear();
            IdReadable = false;
            Reason = DecodeFrame(payload, length);
            if (Reason == ProtocolReason.Ok)
            {
                Reason = DecodeHeader();
            }

            if (Reason == ProtocolReason.Ok)
            {
                Reason = DecodeFields();
            }

            return Reason;
        }

        private ProtocolReason DecodeFrame(byte[] payload, int length)
        {
            if (payload == null || length < 0 || length > payload.Length)
            {
                Detail.Append("no payload");
                return ProtocolReason.MalformedJson;
            }

            if (length > ProtocolLimits.MaxCommandBytes)
            {
                Detail.Append("payload of ");
                Detail.AppendInteger(length);
                Detail.Append(" bytes is over the 2048-byte limit");
                return ProtocolReason.TooLarge;
            }

            if (!_reader.Load(payload, length))
            {
                if (_reader.Error == JsonReaderError.TooDeep)
                {
                    Detail.Append("JSON nested deeper than 16 levels at byte ");
                }
                else
                {
                    Detail.Append("not valid JSON at byte ");
                }

                Detail.AppendInteger(_reader.ErrorOffset);
                return ProtocolReason.MalformedJson;
            }

            JsonKind rootKind = _reader.KindAt(_reader.Root);
            if (rootKind != JsonKind.Object)
            {
                Detail.Append("the payload is a JSON ");
                Detail.Append(KindName(rootKind));
                Detail.Append(", not an object");
                return ProtocolReason.NotAnObject;
            }

            IndexFields();
            int idPosition = _fieldPositions[FieldId];
            if (idPosition < 0)
            {
                Detail.Append("id is missing");
                return ProtocolReason.MissingId;
            }

            if (_duplicateField == FieldId)
            {
                Detail.Append("id appears more than once");
                return ProtocolReason.MalformedJson;
            }

            if (_reader.KindAt(idPosition) != JsonKind.String || !_reader.CopyString(idPosition, _command.Id)
                || !IsIdentifier(_command.Id, ProtocolLimits.MaxCommandIdChars))
            {
                _command.Id.Clear();
                Detail.Append("id must be 1-40 characters of A-Za-z0-9-_");
                return ProtocolReason.MissingId;
            }

            IdReadable = true;
            int cmdPosition = _fieldPositions[FieldCmd];
            if (_reader.KindAt(cmdPosition) == JsonKind.String)
            {
                _reader.CopyString(cmdPosition, _scratch);
                CopyCodePoints(_scratch, EchoedCommand, ProtocolLimits.MaxEchoedCommandChars);
            }

            return ProtocolReason.Ok;
        }

        private ProtocolReason DecodeHeader()
        {
            int version;
            ProtocolReason reason = RequireInteger(FieldV, 0, ProtocolLimits.MaxSequence, "", out version);
            if (reason != ProtocolReason.Ok)
            {
                return reason == ProtocolReason.OutOfRange ? Unsupported() : reason;
            }

            if (version != ProtocolLimits.Version)
            {
                return Unsupported();
            }

            reason = RequireString(FieldType, _scratch);
            if (reason != ProtocolReason.Ok)
            {
                return reason;
            }

            if (!_scratch.Equals("command"))
            {
                Detail.Append("type must be command");
                return ProtocolReason.WrongType;
            }

            reason = RequireString(FieldRig, _scratch);
            if (reason != ProtocolReason.Ok)
            {
                return reason;
            }

            if (!_scratch.EqualsText(_rigId))
            {
                Detail.Append("rig ");
                Detail.AppendText(_scratch);
                Detail.Append(" is not this rig (");
                Detail.AppendText(_rigId);
                Detail.Append(")");
                return ProtocolReason.WrongRig;
            }

            reason = RequireString(FieldCmd, _scratch);
            if (reason != ProtocolReason.Ok)
            {
                return reason;
            }

            _command.Kind = ParseCommand(_scratch);
            if (_command.Kind == CommandKind.None)
            {
                Detail.Append("cmd ");
                Detail.AppendText(EchoedCommand);
                Detail.Append(" is not a known command");
                return ProtocolReason.UnknownCommand;
            }

            if (_duplicateField >= 0)
            {
                Detail.Append(FieldNames[_duplicateField]);
                Detail.Append(" appears more than once");
                return ProtocolReason.MalformedJson;
            }

            return ProtocolReason.Ok;
        }

        private ProtocolReason Unsupported()
        {
            Detail.Clear();
            Detail.Append("v ");
            _reader.AppendRaw(_fieldPositions[FieldV], Detail, 24);
            Detail.Append(" is not supported; this rig speaks v 1");
            return ProtocolReason.UnsupportedVersion;
        }

        /// <summary>Records the value position of every known field and the first known field
        /// that appears twice.</summary>
        private void IndexFields()
        {
            for (int i = 0; i < _fieldPositions.Length; i++)
            {
                _fieldPositions[i] = -1;
            }

            _duplicateField = -1;
            for (int key = _reader.FirstMember(_reader.Root); key >= 0; key = _reader.NextMember(key))
            {
                for (int field = 0; field < FieldNames.Length; field++)
                {
                    if (!_reader.StringEquals(key, FieldNames[field]))
                    {
                        continue;
                    }

                    if (_fieldPositions[field] >= 0)
                    {
                        if (_duplicateField < 0 || field == FieldId)
                        {
                            _duplicateField = field;
                        }
                    }
                    else
                    {
                        _fieldPositions[field] = _reader.MemberValue(key);
                    }

                    break;
                }
            }
        }

        private static CommandKind ParseCommand(Utf8Text name)
        {
            for (CommandKind kind = CommandKind.StartPrewarm; kind <= CommandKind.Backfill; kind++)
            {
                if (name.Equals(ProtocolNames.Command(kind)))
                {
                    return kind;
                }
            }

            return CommandKind.None;
        }

        private static string KindName(JsonKind kind)
        {
            switch (kind)
            {
                case JsonKind.Array: return "array";
                case JsonKind.String: return "string";
                case JsonKind.Number: return "number";
                case JsonKind.Null: return "null";
                default: return "boolean";
            }
        }
    }
}
