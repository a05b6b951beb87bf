namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Writes a <see cref="DecodedCommand"/> as a command message in canonical form
    /// (docs/protocol.md): the host's side of the protocol, here for tests, the simulator and
    /// round trips. Optional fields with a default are always written; tube, note and to_seq only
    /// when present. Returns false when the command could not be written completely or is over the
    /// 2048-byte command limit. Allocates nothing.
    /// </summary>
    public static class CommandEncoder
    {
        /// <summary>Writes <paramref name="command"/> addressed to <paramref name="rig"/>.</summary>
        public static bool Write(JsonWriter writer, Utf8Text rig, DecodedCommand command)
        {
            RigMessageEncoder.Header(writer, rig, "command");
            writer.Name("id");
            writer.String(command.Id);
            writer.Name("cmd");
            writer.String(ProtocolNames.Command(command.Kind));
            switch (command.Kind)
            {
                case CommandKind.StartPrewarm:
                    writer.Name("run");
                    writer.String(command.Run);
                    Number(writer, "set_c", command.SetCelsius, ProtocolLimits.CelsiusDecimals);
                    Number(writer, "rpm", command.SpeedRpm, ProtocolLimits.RpmDecimals);
                    Number(writer, "exposure_min", command.ExposureMinutes, ProtocolLimits.MinutesDecimals);
                    writer.Name("samples_min");
                    writer.BeginArray();
                    for (int i = 0; i < command.SampleCount; i++)
                    {
                        writer.Number(command.GetSampleMinutes(i), ProtocolLimits.MinutesDecimals);
                    }

                    writer.EndArray();
                    Number(writer, "band_c", command.BandCelsius, ProtocolLimits.CelsiusDecimals);
                    Number(writer, "hold_s", command.HoldSeconds, ProtocolLimits.SecondsDecimals);
                    writer.Name("rotate_while_sampling");
                    writer.Boolean(command.RotateWhileSampling);
                    break;
                case CommandKind.AckSample:
                    writer.Name("sample");
                    writer.Integer(command.SampleIndex);
                    if (command.HasTube)
                    {
                        writer.Name("tube");
                        writer.String(command.Tube);
                    }

                    break;
                case CommandKind.Abort:
                    writer.Name("reason");
                    writer.String(ProtocolNames.Abort(command.AbortReason));
                    if (command.HasNote)
                    {
                        writer.Name("note");
                        writer.String(command.Note);
                    }

                    break;
                case CommandKind.SetGains:
                    Number(writer, "kp", command.Kp, ProtocolLimits.GainDecimals);
                    Number(writer, "ki", command.Ki, ProtocolLimits.GainDecimals);
                    Number(writer, "kd", command.Kd, ProtocolLimits.GainDecimals);
                    Number(writer, "max_duty", command.MaxDuty, ProtocolLimits.DutyDecimals);
                    break;
                case CommandKind.StartAutotune:
                    Number(writer, "set_c", command.SetCelsius, ProtocolLimits.CelsiusDecimals);
                    break;
                case CommandKind.Identify:
                    writer.Name("seconds");
                    writer.Integer(command.IdentifySeconds);
                    break;
                case CommandKind.Backfill:
                    writer.Name("run");
                    writer.String(command.Run);
                    writer.Name("from_seq");
                    writer.Integer(command.FromSequence);
                    if (command.HasToSequence)
                    {
                        writer.Name("to_seq");
                        writer.Integer(command.ToSequence);
                    }

                    break;
            }

            writer.EndObject();
            return !writer.Failed && writer.Length <= ProtocolLimits.MaxCommandBytes;
        }

        private static void Number(JsonWriter writer, string name, double value, int decimals)
        {
            writer.Name(name);
            writer.Number(value, decimals);
        }
    }
}
