using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Turns what changed in one control tick into protocol events (docs/protocol.md "events"):
    /// <c>state_changed</c>, <c>fault</c>, <c>fault_cleared</c>, <c>sample_due</c> and
    /// <c>sample_taken</c> (whether the sample was acknowledged by the host or the front button),
    /// and <c>autotune_result</c>. Encodes into one preallocated writer and hands each event to an
    /// <see cref="IRigEventSink"/> (the firmware's outbound queue, the virtual rig's publisher).
    /// Call it after every control tick, under the same lock as the tick; allocates nothing.
    /// </summary>
    public sealed class RigEventTracker
    {
        private readonly JsonWriter _writer = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);
        private readonly Utf8Text[] _tubes = new Utf8Text[ProtocolLimits.MaxSamples];
        private readonly Utf8Text _rig;
        private readonly RigMessageCounters _counters;
        private readonly IRigEventSink _sink;
        private RunState _state;
        private FaultCode _fault;
        private int _due;
        private int _acknowledged;

        /// <summary>A tracker for rig <paramref name="rig"/>.</summary>
        public RigEventTracker(Utf8Text rig, RigMessageCounters counters, IRigEventSink sink)
        {
            _rig = rig;
            _counters = counters;
            _sink = sink;
            for (int i = 0; i < _tubes.Length; i++)
            {
                _tubes[i] = new Utf8Text(ProtocolLimits.MaxTubeChars * 4);
            }
        }

        /// <summary>Remembers the tube label of an accepted <c>ack_sample</c> so the
        /// <c>sample_taken</c> event names the tube the host recorded. Call it after the command
        /// processor accepted a command (other commands are ignored); allocates nothing.</summary>
        public void NoteAcceptedCommand(DecodedCommand command)
        {
            if (command.Kind != CommandKind.AckSample || command.SampleIndex < 0 || command.SampleIndex >= _tubes.Length)
            {
                return;
            }

            Utf8Text tube = _tubes[command.SampleIndex];
            if (command.HasTube)
            {
                tube.CopyFrom(command.Tube);
            }
            else
            {
                tube.Clear();
            }
        }

        /// <summary>Compares the tick's result with the previous one and publishes what changed.</summary>
        public void AfterTick(double nowSeconds, RigController rig, RigOutputs outputs)
        {
            RunSequencer sequencer = rig.Sequencer;
            double exposure = sequencer.ExposureElapsedSeconds;
            exposure = exposure > 0.0 ? exposure : 0.0;
            if (outputs.State != _state)
            {
                RigEventEncoder.WriteStateChanged(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds,
                    _state, outputs.State, exposure);
                Send();
                if (outputs.State == RunState.PreWarming)
                {
                    _due = 0;
                    _acknowledged = 0;
                    for (int i = 0; i < _tubes.Length; i++)
                    {
                        _tubes[i].Clear();
                    }
                }

                _state = outputs.State;
            }

            if (outputs.FaultCode != _fault)
            {
                if (outputs.FaultCode != FaultCode.None)
                {
                    RigEventEncoder.WriteFault(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds,
                        outputs.FaultCode, outputs.Fault.Value, outputs.Fault.Limit);
                }
                else
                {
                    RigEventEncoder.WriteFaultCleared(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds,
                        _fault);
                }

                Send();
                _fault = outputs.FaultCode;
            }

            // DueSampleCount counts every sample that has become due, acknowledged or not.
            while (_due < sequencer.DueSampleCount && _due < sequencer.SampleCount)
            {
                RigEventEncoder.WriteSampleDue(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds, _due,
                    sequencer.GetSampleOffsetMinutes(_due));
                Send();
                _due++;
            }

            while (_acknowledged < sequencer.AcknowledgedSampleCount)
            {
                // Exposure at the moment of acknowledgement, not at this tick.
                double takenAt = sequencer.GetSampleAcknowledgedAtSeconds(_acknowledged) - sequencer.T0Seconds;
                RigEventEncoder.WriteSampleTaken(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds,
                    _acknowledged, sequencer.GetSampleOffsetMinutes(_acknowledged), takenAt > 0.0 ? takenAt : 0.0,
                    _tubes[_acknowledged]);
                Send();
                _acknowledged++;
            }

            if (rig.AutotuneJustFinished && rig.LastAutotuner != null)
            {
                ChandlerLoop.Control.Temperature.AutotuneResult result = rig.LastAutotuner.Result;
                RigEventEncoder.WriteAutotuneResult(_writer, _rig, _counters.Run, _counters.NextEventSequence(), nowSeconds,
                    rig.LastAutotuner.AbortReason, result.AmplitudeCelsius, result.PeriodSeconds,
                    result.ProportionalDutyPerCelsius, result.IntegralDutyPerCelsiusSecond, result.DerivativeDutySecondsPerCelsius);
                Send();
            }
        }

        private void Send()
        {
            if (!_writer.Failed)
            {
                _sink.SendEvent(_writer);
            }
        }
    }
}
