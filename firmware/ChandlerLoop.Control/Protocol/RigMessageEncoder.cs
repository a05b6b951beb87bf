using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Writes the rig's <c>status</c> and <c>telemetry</c> messages in canonical form
    /// (docs/protocol.md) into a <see cref="JsonWriter"/>, without allocating. Each method resets
    /// the writer and returns false when the message could not be written completely (too large
    /// for the writer, or a number that cannot be written); the writer must then not be sent.
    /// </summary>
    public static class RigMessageEncoder
    {
        /// <summary>Writes the retained status of an online rig. <paramref name="run"/> empty or
        /// null is written as null (no run since boot).</summary>
        public static bool WriteStatus(JsonWriter writer, Utf8Text rig, RunState state, string firmwareVersion,
            Utf8Text run, FaultCode fault, long uptimeSeconds)
        {
            return WriteStatus(writer, rig, state, firmwareVersion, run, fault, uptimeSeconds, null);
        }

        /// <summary>Writes the retained status of an online rig with its calibration as the last
        /// member, <c>cal</c>; <paramref name="calibration"/> null leaves <c>cal</c> out. Returns
        /// false (nothing to send) when the calibration is not
        /// <see cref="StatusCalibration.IsWritable"/>.</summary>
        public static bool WriteStatus(JsonWriter writer, Utf8Text rig, RunState state, string firmwareVersion,
            Utf8Text run, FaultCode fault, long uptimeSeconds, StatusCalibration calibration)
        {
            Header(writer, rig, "status");
            writer.Name("online");
            writer.Boolean(true);
            writer.Name("state");
            writer.String(ProtocolNames.State(state));
            writer.Name("fw");
            writer.String(firmwareVersion);
            writer.Name("run");
            writer.StringOrNull(run);
            writer.Name("fault");
            writer.String(ProtocolNames.Fault(fault));
            writer.Name("uptime_s");
            writer.Integer(uptimeSeconds);
            if (calibration == null)
            {
                return End(writer);
            }

            writer.Name("cal");
            writer.BeginObject();
            writer.Name("control_offset_c");
            writer.Number(calibration.ControlOffsetCelsius, ProtocolLimits.CelsiusDecimals);
            writer.Name("safety_offset_c");
            writer.Number(calibration.SafetyOffsetCelsius, ProtocolLimits.CelsiusDecimals);
            writer.Name("on");
            writer.StringOrNull(calibration.CalibratedOn);
            writer.Name("due");
            writer.StringOrNull(calibration.DueOn);
            writer.EndObject();
            return End(writer) && calibration.IsWritable;
        }

        /// <summary>Writes the offline status: the last will set at connect and the message of a
        /// clean shutdown.</summary>
        public static bool WriteOfflineStatus(JsonWriter writer, Utf8Text rig)
        {
            Header(writer, rig, "status");
            writer.Name("online");
            writer.Boolean(false);
            writer.Name("state");
            writer.String("offline");
            return End(writer);
        }

        /// <summary>Writes one telemetry record of <paramref name="run"/> (empty or null: no run
        /// since boot). <c>replay</c> is written only when true.</summary>
        public static bool WriteTelemetry(JsonWriter writer, Utf8Text rig, Utf8Text run, TelemetryRecord record)
        {
            Header(writer, rig, "telemetry");
            writer.Name("run");
            writer.StringOrNull(run);
            writer.Name("seq");
            writer.Integer(record.Sequence);
            writer.Name("t_s");
            writer.Number(record.TimeSeconds, ProtocolLimits.SecondsDecimals);
            writer.Name("state");
            writer.String(ProtocolNames.State(record.State));
            writer.Name("temp_c");
            writer.NumberOrNull(record.ControlCelsius, ProtocolLimits.CelsiusDecimals);
            writer.Name("safety_c");
            writer.NumberOrNull(record.SafetyCelsius, ProtocolLimits.CelsiusDecimals);
            writer.Name("set_c");
            writer.Number(record.SetCelsius, ProtocolLimits.CelsiusDecimals);
            writer.Name("duty");
            writer.Number(record.DutyCycle, ProtocolLimits.DutyDecimals);
            writer.Name("rpm");
            writer.Number(record.MeasuredRpm, ProtocolLimits.RpmDecimals);
            writer.Name("rpm_set");
            writer.Number(record.CommandedRpm, ProtocolLimits.RpmDecimals);
            writer.Name("exp_s");
            writer.Number(record.ExposureSeconds, ProtocolLimits.SecondsDecimals);
            writer.Name("fault");
            writer.String(ProtocolNames.Fault(record.Fault));
            if (record.Replay)
            {
                writer.Name("replay");
                writer.Boolean(true);
            }

            return End(writer);
        }

        /// <summary>Starts a message: resets the writer and writes <c>{"v":1,"type":..,"rig":..</c>.</summary>
        internal static void Header(JsonWriter writer, Utf8Text rig, string type)
        {
            writer.Reset();
            writer.BeginObject();
            writer.Name("v");
            writer.Integer(ProtocolLimits.Version);
            writer.Name("type");
            writer.String(type);
            writer.Name("rig");
            writer.String(rig);
        }

        /// <summary>Ends a message; true when it was written completely within the rig's size limit.</summary>
        internal static bool End(JsonWriter writer)
        {
            writer.EndObject();
            return !writer.Failed && writer.Length <= ProtocolLimits.MaxRigMessageBytes;
        }
    }
}
