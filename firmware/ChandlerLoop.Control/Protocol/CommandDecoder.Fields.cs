using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Protocol
{
    public sealed partial class CommandDecoder
    {
        private ProtocolReason DecodeFields()
        {
            DecodedCommand c = _command;
            double number;
            int integer;
            ProtocolReason r = ProtocolReason.Ok;
            switch (c.Kind)
            {
                case CommandKind.StartPrewarm:
                    r = RequireRunId();
                    if (r == ProtocolReason.Ok) { r = RequireNumber(FieldSetC, ProtocolLimits.MinSetCelsius, ProtocolLimits.MaxSetCelsius, "°C", out number); c.SetCelsius = number; }
                    if (r == ProtocolReason.Ok) { r = RequireNumber(FieldRpm, ProtocolLimits.MinRpm, ProtocolLimits.MaxRpm, "rpm", out number); c.SpeedRpm = number; }
                    if (r == ProtocolReason.Ok) { r = RequireNumber(FieldExposure, ProtocolLimits.MinExposureMinutes, ProtocolLimits.MaxExposureMinutes, "min", out number); c.ExposureMinutes = number; }
                    if (r == ProtocolReason.Ok) { r = RequireSamples(); }
                    if (r == ProtocolReason.Ok) { r = OptionalNumber(FieldBand, ProtocolLimits.MinBandCelsius, ProtocolLimits.MaxBandCelsius, "°C", ProtocolLimits.DefaultBandCelsius, out number); c.BandCelsius = number; }
                    if (r == ProtocolReason.Ok) { r = OptionalNumber(FieldHold, ProtocolLimits.MinHoldSeconds, ProtocolLimits.MaxHoldSeconds, "s", ProtocolLimits.DefaultHoldSeconds, out number); c.HoldSeconds = number; }
                    if (r == ProtocolReason.Ok) { r = OptionalRotate(); }
                    return r;
                case CommandKind.AckSample:
                    r = RequireInteger(FieldSample, 0, ProtocolLimits.MaxSamples - 1, "", out integer);
                    c.SampleIndex = integer;
                    if (r == ProtocolReason.Ok) { r = OptionalText(FieldTube, c.Tube, 1, ProtocolLimits.MaxTubeChars); c.HasTube = _fieldPositions[FieldTube] >= 0; }
                    return r;
                case CommandKind.Abort:
                    r = RequireAbortReason();
                    if (r == ProtocolReason.Ok) { r = OptionalText(FieldNote, c.Note, 0, ProtocolLimits.MaxNoteChars); c.HasNote = _fieldPositions[FieldNote] >= 0; }
                    return r;
                case CommandKind.SetGains:
                    r = RequireNumber(FieldKp, ProtocolLimits.MinKp, ProtocolLimits.MaxKp, "duty/°C", out number); c.Kp = number;
                    if (r == ProtocolReason.Ok) { r = RequireNumber(FieldKi, ProtocolLimits.MinKi, ProtocolLimits.MaxKi, "duty/(°C·s)", out number); c.Ki = number; }
                    if (r == ProtocolReason.Ok) { r = RequireNumber(FieldKd, ProtocolLimits.MinKd, ProtocolLimits.MaxKd, "duty·s/°C", out number); c.Kd = number; }
                    if (r == ProtocolReason.Ok) { r = OptionalNumber(FieldMaxDuty, ProtocolLimits.MinMaxDuty, ProtocolLimits.MaxMaxDuty, "", ProtocolLimits.DefaultMaxDuty, out number); c.MaxDuty = number; }
                    return r;
                case CommandKind.StartAutotune:
                    r = RequireNumber(FieldSetC, ProtocolLimits.MinAutotuneCelsius, ProtocolLimits.MaxAutotuneCelsius, "°C", out number);
                    c.SetCelsius = number;
                    return r;
                case CommandKind.Identify:
                    r = RequireInteger(FieldSeconds, ProtocolLimits.MinIdentifySeconds, ProtocolLimits.MaxIdentifySeconds, "s", out integer);
                    c.IdentifySeconds = integer;
                    return r;
                case CommandKind.Backfill:
                    r = RequireRunId();
                    if (r == ProtocolReason.Ok) { r = RequireInteger(FieldFromSeq, 1, ProtocolLimits.MaxSequence, "", out integer); c.FromSequence = integer; }
                    if (r == ProtocolReason.Ok && _fieldPositions[FieldToSeq] >= 0)
                    {
                        r = RequireInteger(FieldToSeq, c.FromSequence, ProtocolLimits.MaxSequence, "", out integer);
                        c.ToSequence = integer;
                        c.HasToSequence = true;
                    }

                    return r;
                default:
                    return ProtocolReason.Ok;
            }
        }

        private ProtocolReason RequireRunId()
        {
            ProtocolReason r = RequireString(FieldRun, _scratch);
            if (r != ProtocolReason.Ok)
            {
                return r;
            }

            if (!_reader.CopyString(_fieldPositions[FieldRun], _command.Run) || !IsIdentifier(_command.Run, ProtocolLimits.MaxRunIdChars))
            {
                _command.Run.Clear();
                Detail.Append("run must be 1-40 characters of A-Za-z0-9-_");
                return ProtocolReason.OutOfRange;
            }

            return ProtocolReason.Ok;
        }

        private ProtocolReason RequireSamples()
        {
            int position = _fieldPositions[FieldSamples];
            if (position < 0)
            {
                return Missing(FieldSamples);
            }

            if (_reader.KindAt(position) != JsonKind.Array)
            {
                return WrongType(FieldSamples, "an array of numbers");
            }

            for (int element = _reader.FirstElement(position); element >= 0; element = _reader.NextElement(element))
            {
                double minutes;
                if (!_reader.TryReadNumber(element, out minutes))
                {
                    return WrongType(FieldSamples, "an array of numbers");
                }

                if (!_command.AddSampleMinutes(minutes))
                {
                    Detail.Append("samples_min has more than 16 values");
                    return ProtocolReason.BadSchedule;
                }
            }

            double exposure = _command.ExposureMinutes;
            for (int i = 0; i < _command.SampleCount; i++)
            {
                double minutes = _command.GetSampleMinutes(i);
                if (!(minutes >= 0.0 && minutes <= exposure))
                {
                    Detail.Append("samples_min ");
                    Detail.AppendNumber(minutes, ProtocolLimits.MinutesDecimals);
                    Detail.Append(" is outside 0..");
                    Detail.AppendNumber(exposure, ProtocolLimits.MinutesDecimals);
                    Detail.Append(" min");
                    return ProtocolReason.BadSchedule;
                }

                if (i > 0 && !(minutes > _command.GetSampleMinutes(i - 1)))
                {
                    Detail.Append("samples_min must be ascending and distinct");
                    return ProtocolReason.BadSchedule;
                }
            }

            return ProtocolReason.Ok;
        }

        private ProtocolReason RequireAbortReason()
        {
            ProtocolReason r = RequireString(FieldReason, _scratch);
            if (r != ProtocolReason.Ok)
            {
                return r;
            }

            for (AbortReason reason = AbortReason.Operator; reason <= AbortReason.LidOpened; reason++)
            {
                if (_scratch.Equals(ProtocolNames.Abort(reason)))
                {
                    _command.AbortReason = reason;
                    return ProtocolReason.Ok;
                }
            }

            Detail.Append("reason must be operator, host or lid_opened");
            return ProtocolReason.OutOfRange;
        }

        private ProtocolReason OptionalRotate()
        {
            int position = _fieldPositions[FieldRotate];
            if (position < 0)
            {
                return ProtocolReason.Ok;
            }

            JsonKind kind = _reader.KindAt(position);
            if (kind != JsonKind.True && kind != JsonKind.False)
            {
                return WrongType(FieldRotate, "true or false");
            }

            _command.RotateWhileSampling = kind == JsonKind.True;
            return ProtocolReason.Ok;
        }

        private ProtocolReason OptionalText(int field, Utf8Text destination, int minChars, int maxChars)
        {
            int position = _fieldPositions[field];
            if (position < 0)
            {
                return ProtocolReason.Ok;
            }

            if (_reader.KindAt(position) != JsonKind.String)
            {
                return WrongType(field, "a string");
            }

            bool fits = _reader.CopyString(position, destination);
            int chars = destination.CodePointCount();
            if (!fits || chars < minChars || chars > maxChars || HasControlCharacter(destination))
            {
                destination.Clear();
                Detail.Append(FieldNames[field]);
                Detail.Append(" must be ");
                Detail.AppendInteger(minChars);
                Detail.Append("-");
                Detail.AppendInteger(maxChars);
                Detail.Append(" characters without control characters");
                return ProtocolReason.OutOfRange;
            }

            return ProtocolReason.Ok;
        }
    }
}
