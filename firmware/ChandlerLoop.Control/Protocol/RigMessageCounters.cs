namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// The rig's message numbering and its current run id (docs/protocol.md): <c>eseq</c> counts
    /// events from 1 per boot; telemetry <c>seq</c> counts from 1 at boot and restarts at 1 when a
    /// run starts pre-warming (<see cref="StartRun"/>). Both wrap from 2^31−1 back to 1. The run
    /// id is the current or last run's, empty until a run is started since boot. One instance
    /// per rig, shared by the command processor and the firmware's publishers; no allocation.
    /// </summary>
    public sealed class RigMessageCounters
    {
        private int _nextEvent = 1;
        private int _nextTelemetry = 1;

        /// <summary>Current or last run id; empty (written as null) before the first run.</summary>
        public Utf8Text Run { get; } = new Utf8Text(ProtocolLimits.MaxRunIdChars);

        /// <summary>True once a run has been started since boot.</summary>
        public bool HasRun { get { return Run.Length > 0; } }

        /// <summary>The telemetry sequence number issued last (0 when none since the run or boot).</summary>
        public int LastTelemetrySequence { get; private set; }

        /// <summary>The event sequence number issued last (0 when none since boot).</summary>
        public int LastEventSequence { get; private set; }

        /// <summary>Takes the next <c>eseq</c>.</summary>
        public int NextEventSequence()
        {
            int sequence = _nextEvent;
            _nextEvent = sequence >= ProtocolLimits.MaxSequence ? 1 : sequence + 1;
            LastEventSequence = sequence;
            return sequence;
        }

        /// <summary>Takes the next telemetry <c>seq</c>.</summary>
        public int NextTelemetrySequence()
        {
            int sequence = _nextTelemetry;
            _nextTelemetry = sequence >= ProtocolLimits.MaxSequence ? 1 : sequence + 1;
            LastTelemetrySequence = sequence;
            return sequence;
        }

        /// <summary>After a reboot: the flash log still holds run <paramref name="runId"/> up to
        /// <paramref name="lastTelemetrySequence"/>. Remembers that run as the last run and continues
        /// its telemetry numbering after the newest record, so the host can back-fill the
        /// interrupted run and never sees a sequence number reused for a different record.
        /// Returns false (and changes nothing) for an empty or over-long id or a negative sequence.
        /// Boot path only: it may allocate.</summary>
        public bool ResumeRun(string runId, int lastTelemetrySequence)
        {
            if (runId == null || runId.Length == 0 || runId.Length > ProtocolLimits.MaxRunIdChars
                || lastTelemetrySequence < 0 || lastTelemetrySequence > ProtocolLimits.MaxSequence)
            {
                return false;
            }

            Run.Set(runId);
            LastTelemetrySequence = lastTelemetrySequence;
            _nextTelemetry = lastTelemetrySequence >= ProtocolLimits.MaxSequence ? 1 : lastTelemetrySequence + 1;
            return true;
        }

        /// <summary>A run started pre-warming: remembers its id and restarts telemetry at 1.</summary>
        public void StartRun(Utf8Text runId)
        {
            Run.CopyFrom(runId);
            _nextTelemetry = 1;
            LastTelemetrySequence = 0;
        }
    }
}
