using System;
using ChandlerLoop.Control.Rig;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Answers payloads from the rig's <c>commands</c> topic as docs/protocol.md "How a rig
    /// answers" prescribes: decode and check (<see cref="CommandDecoder"/>), ignore a command id
    /// seen before (the last 32 ids since boot), apply the command to the
    /// <see cref="RigController"/> and write exactly one <c>command_result</c> (or
    /// <c>message_rejected</c>) event into <see cref="Output"/>. A payload that is rejected or
    /// refused changes nothing on the rig. Commands the core does not run itself
    /// (start_autotune, identify, backfill) are fully checked and then handed to the firmware as
    /// a <see cref="Request"/>.
    /// <para>Allocation: nothing for any payload except an accepted <c>set_gains</c>, which
    /// creates one immutable <see cref="Temperature.PidGains"/>. Texts stay UTF-8 in preallocated
    /// buffers; no strings are created. Not thread-safe: call it under the same lock as the
    /// control tick.</para>
    /// </summary>
    public sealed partial class RigCommandProcessor
    {
        /// <summary>How many recent command ids are remembered to ignore repeats.</summary>
        public const int RememberedIds = 32;

        private readonly RigController _rig;
        private readonly RigMessageCounters _counters;
        private readonly ITelemetryHistory _history;
        private readonly CommandDecoder _decoder;
        private readonly Utf8Text[] _recentIds = new Utf8Text[RememberedIds];
        private readonly Run.RunPlan _plan = new Run.RunPlan();
        private int _recentCount;
        private int _recentNext;

        /// <summary>Creates the processor of rig <paramref name="rigId"/> (1–32 characters of a-z,
        /// 0-9, '-'). <paramref name="history"/> may be null (back-fill answers then say nothing
        /// about records no longer held).</summary>
        /// <exception cref="ArgumentException">The rig id is invalid or a part is missing.</exception>
        public RigCommandProcessor(string rigId, RigController rig, RigMessageCounters counters, ITelemetryHistory history)
        {
            if (!IsRigId(rigId) || rig == null || counters == null)
            {
                throw new ArgumentException("RigCommandProcessor needs a rig id of 1-32 characters a-z, 0-9, '-' (starting with a letter or digit), a rig controller and message counters.");
            }

            _rig = rig;
            _counters = counters;
            _history = history;
            _decoder = new CommandDecoder(rigId);
            RigId.Set(rigId);
            for (int i = 0; i < RememberedIds; i++)
            {
                _recentIds[i] = new Utf8Text(ProtocolLimits.MaxCommandIdChars);
            }
        }

        /// <summary>This rig's id.</summary>
        public Utf8Text RigId { get; } = new Utf8Text(ProtocolLimits.MaxRigIdChars);

        /// <summary>The event to publish on <c>chandler/v1/{rig}/events</c> at QoS 1 (empty after
        /// <see cref="CommandOutcome.Ignored"/>).</summary>
        public JsonWriter Output { get; } = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);

        /// <summary>The latest command as decoded (its id, kind and parameters).</summary>
        public DecodedCommand Command { get; } = new DecodedCommand();

        /// <summary>The reason of the latest answer (<see cref="ProtocolReason.Ok"/> when accepted).</summary>
        public ProtocolReason Reason { get; private set; }

        /// <summary>The human-readable detail of the latest answer.</summary>
        public Utf8Text Detail { get; } = new Utf8Text(ProtocolLimits.MaxDetailBytes);

        /// <summary>What the firmware must do for the latest accepted command.</summary>
        public RigRequest Request { get; private set; }

        /// <summary>First record to re-send for an accepted backfill (clipped to what is held).</summary>
        public int BackfillFromSequence { get; private set; }

        /// <summary>Last record to re-send for an accepted backfill.</summary>
        public int BackfillToSequence { get; private set; }

        /// <summary>Set by the firmware while it runs an autotune (it owns the heater then):
        /// start_prewarm, start_autotune and set_gains are refused as <c>busy</c>.</summary>
        public bool AutotuneActive { get; set; }

        /// <summary>The relay autotuner an accepted <c>start_autotune</c> installs on the rig
        /// (RigController.StartAutotune), so the answer is the rig's real decision. When null the
        /// command is only validated and handed back as <see cref="RigRequest.StartAutotune"/>.</summary>
        public ChandlerLoop.Control.Temperature.RelayAutotuner Autotuner { get; set; }

        /// <summary>Handles one payload received at rig time <paramref name="nowSeconds"/>
        /// (monotonic, s). Never throws.</summary>
        public CommandOutcome Process(byte[] payload, int length, double nowSeconds)
        {
            Output.Reset();
            Detail.Clear();
            Request = RigRequest.None;
            BackfillFromSequence = 0;
            BackfillToSequence = 0;

            // The event's t_s must be writable even if the caller passes a broken clock value.
            double eventSeconds = nowSeconds >= 0.0 && nowSeconds < 1e12 ? nowSeconds : 0.0;
            ProtocolReason reason = _decoder.Decode(payload, length, Command);
            if (!_decoder.IdReadable)
            {
                Reason = reason;
                Detail.AppendText(_decoder.Detail);
                RigEventEncoder.WriteMessageRejected(Output, RigId, _counters.Run, _counters.NextEventSequence(),
                    eventSeconds, reason, Detail);
                return CommandOutcome.Rejected;
            }

            if (IsRecent(Command.Id))
            {
                Reason = reason;
                return CommandOutcome.Ignored;
            }

            Remember(Command.Id);
            if (reason == ProtocolReason.Ok)
            {
                reason = Apply(nowSeconds);
            }
            else
            {
                Detail.AppendText(_decoder.Detail);
            }

            Reason = reason;
            if (reason != ProtocolReason.Ok)
            {
                Request = RigRequest.None;
            }

            RigEventEncoder.WriteCommandResult(Output, RigId, _counters.Run, _counters.NextEventSequence(), eventSeconds,
                Command.Id, _decoder.EchoedCommand, reason, Detail);
            return reason == ProtocolReason.Ok ? CommandOutcome.Accepted : CommandOutcome.Refused;
        }

        private bool IsRecent(Utf8Text id)
        {
            for (int i = 0; i < _recentCount; i++)
            {
                if (_recentIds[i].EqualsText(id))
                {
                    return true;
                }
            }

            return false;
        }

        private void Remember(Utf8Text id)
        {
            _recentIds[_recentNext].CopyFrom(id);
            _recentNext = (_recentNext + 1) % RememberedIds;
            if (_recentCount < RememberedIds)
            {
                _recentCount++;
            }
        }

        /// <summary>True for 1–32 characters of a-z, 0-9 and '-', starting with a letter or digit.</summary>
        public static bool IsRigId(string rigId)
        {
            if (rigId == null || rigId.Length < 1 || rigId.Length > ProtocolLimits.MaxRigIdChars || rigId[0] == '-')
            {
                return false;
            }

            for (int i = 0; i < rigId.Length; i++)
            {
                char c = rigId[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
