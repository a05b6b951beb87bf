using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Writes every kind of the rig's <c>events</c> messages in canonical form (docs/protocol.md,
    /// "events") into a <see cref="JsonWriter"/>, without allocating. Every method takes the
    /// common fields: this rig's id, the current or last run (empty or null: written as null),
    /// the event sequence number <c>eseq</c> (from <see cref="RigMessageCounters"/>) and the rig
    /// time since boot, s. Each resets the writer and returns false when the event could not be
    /// written completely; the writer must then not be sent.
    /// </summary>
    public static class RigEventEncoder
    {
        /// <summary><c>state_changed</c>: <paramref name="from"/> → <paramref name="to"/>, with the
        /// exposure time since t0 at the change, s.</summary>
        public static bool WriteStateChanged(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, RunState from, RunState to, double exposureSeconds)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "state_changed");
            writer.Name("from");
            writer.String(ProtocolNames.State(from));
            writer.Name("to");
            writer.String(ProtocolNames.State(to));
            writer.Name("exp_s");
            writer.Number(exposureSeconds, ProtocolLimits.SecondsDecimals);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>sample_due</c>: sample <paramref name="sampleIndex"/> (0-based), scheduled
        /// <paramref name="offsetMinutes"/> after t0.</summary>
        public static bool WriteSampleDue(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, int sampleIndex, double offsetMinutes)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "sample_due");
            writer.Name("sample");
            writer.Integer(sampleIndex);
            writer.Name("offset_min");
            writer.Number(offsetMinutes, ProtocolLimits.MinutesDecimals);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>sample_taken</c>: the acknowledgement of a sample, with the exposure time
        /// at acknowledgement, s, and the tube label (null or empty: written as null).</summary>
        public static bool WriteSampleTaken(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, int sampleIndex, double offsetMinutes, double actualExposureSeconds, Utf8Text tube)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "sample_taken");
            writer.Name("sample");
            writer.Integer(sampleIndex);
            writer.Name("offset_min");
            writer.Number(offsetMinutes, ProtocolLimits.MinutesDecimals);
            writer.Name("actual_exp_s");
            writer.Number(actualExposureSeconds, ProtocolLimits.SecondsDecimals);
            writer.Name("tube");
            writer.StringOrNull(tube);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>fault</c>: a latched fault with the value that tripped it and its limit
        /// (°C, rpm or s depending on the fault; NaN written as null).</summary>
        public static bool WriteFault(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, FaultCode fault, double value, double limit)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "fault");
            writer.Name("fault");
            writer.String(ProtocolNames.Fault(fault));
            writer.Name("value");
            writer.NumberOrNull(FiniteOrNaN(value), ProtocolLimits.FaultValueDecimals);
            writer.Name("limit");
            writer.NumberOrNull(FiniteOrNaN(limit), ProtocolLimits.FaultValueDecimals);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>fault_cleared</c>.</summary>
        public static bool WriteFaultCleared(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, FaultCode fault)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "fault_cleared");
            writer.Name("fault");
            writer.String(ProtocolNames.Fault(fault));
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>command_result</c>: the one answer to command <paramref name="commandId"/>.
        /// <paramref name="command"/> is the name as received (empty or null: written as null).</summary>
        public static bool WriteCommandResult(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, Utf8Text commandId, Utf8Text command, ProtocolReason reason, Utf8Text detail)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "command_result");
            writer.Name("cmd_id");
            writer.String(commandId);
            writer.Name("cmd");
            writer.StringOrNull(command);
            writer.Name("accepted");
            writer.Boolean(reason == ProtocolReason.Ok);
            writer.Name("reason");
            writer.String(ProtocolNames.Reason(reason));
            writer.Name("detail");
            WriteDetail(writer, detail);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>message_rejected</c>: a payload that could not be answered by id.</summary>
        public static bool WriteMessageRejected(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, ProtocolReason reason, Utf8Text detail)
        {
            Header(writer, rig, run, eventSequence, timeSeconds, "message_rejected");
            writer.Name("reason");
            writer.String(ProtocolNames.Reason(reason));
            writer.Name("detail");
            WriteDetail(writer, detail);
            return RigMessageEncoder.End(writer);
        }

        /// <summary><c>autotune_result</c>: <paramref name="outcome"/> None means completed; the
        /// numbers (relay oscillation amplitude °C, period s, gains) are written as null when the
        /// autotune did not complete.</summary>
        public static bool WriteAutotuneResult(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, AutotuneAbortReason outcome, double amplitudeCelsius, double periodSeconds,
            double kp, double ki, double kd)
        {
            bool completed = outcome == AutotuneAbortReason.None;
            Header(writer, rig, run, eventSequence, timeSeconds, "autotune_result");
            writer.Name("completed");
            writer.Boolean(completed);
            writer.Name("reason");
            writer.String(ProtocolNames.Autotune(outcome));
            writer.Name("amplitude_c");
            writer.NumberOrNull(completed ? amplitudeCelsius : double.NaN, ProtocolLimits.CelsiusDecimals);
            writer.Name("period_s");
            writer.NumberOrNull(completed ? periodSeconds : double.NaN, ProtocolLimits.SecondsDecimals);
            writer.Name("kp");
            writer.NumberOrNull(completed ? kp : double.NaN, ProtocolLimits.GainDecimals);
            writer.Name("ki");
            writer.NumberOrNull(completed ? ki : double.NaN, ProtocolLimits.GainDecimals);
            writer.Name("kd");
            writer.NumberOrNull(completed ? kd : double.NaN, ProtocolLimits.GainDecimals);
            return RigMessageEncoder.End(writer);
        }

        private static void Header(JsonWriter writer, Utf8Text rig, Utf8Text run, int eventSequence,
            double timeSeconds, string kind)
        {
            RigMessageEncoder.Header(writer, rig, "event");
            writer.Name("run");
            writer.StringOrNull(run);
            writer.Name("eseq");
            writer.Integer(eventSequence);
            writer.Name("t_s");
            writer.Number(timeSeconds, ProtocolLimits.SecondsDecimals);
            writer.Name("event");
            writer.String(kind);
        }

        private static void WriteDetail(JsonWriter writer, Utf8Text detail)
        {
            if (detail == null)
            {
                writer.String("");
                return;
            }

            writer.String(detail);
        }

        private static double FiniteOrNaN(double value)
        {
            return double.IsInfinity(value) ? double.NaN : value;
        }
    }
}
