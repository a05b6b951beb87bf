using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Protocol
{
    public sealed partial class RigCommandProcessor
    {
        /// <summary>Applies a decoded, valid command; returns Ok or the core's reason (with
        /// <see cref="Detail"/> written). A refusal leaves the rig unchanged.</summary>
        private ProtocolReason Apply(double nowSeconds)
        {
            DecodedCommand c = Command;
            RunState state = _rig.Sequencer.State;
            switch (c.Kind)
            {
                case CommandKind.StartPrewarm:
                    return StartPrewarm(nowSeconds);
                case CommandKind.ConfirmLoaded:
                    return FromRig(_rig.ConfirmLoaded(nowSeconds));
                case CommandKind.AckSample:
                    return FromRig(_rig.AcknowledgeSample(nowSeconds, c.SampleIndex));
                case CommandKind.Abort:
                    ProtocolReason aborted = FromRig(_rig.Abort(nowSeconds, c.AbortReason));
                    Request = c.HasNote ? RigRequest.LogAbortNote : RigRequest.None;
                    return aborted;
                case CommandKind.ClearFault:
                    return FromRig(_rig.ClearFault());
                case CommandKind.SetGains:
                    return SetGains(state);
                case CommandKind.StartAutotune:
                    if (AutotuneActive)
                    {
                        return Refuse(ProtocolReason.Busy, "an autotune is already running");
                    }

                    if (_rig.Supervisor.IsFaulted)
                    {
                        return FaultLatched();
                    }

                    if (state != RunState.Idle)
                    {
                        return WrongState(state);
                    }

                    if (!_rig.Supervisor.IsSetpointBelowLimit(c.SetCelsius))
                    {
                        return AboveLimit(c.SetCelsius);
                    }

                    if (Autotuner != null)
                    {
                        return FromRig(_rig.StartAutotune(Autotuner, c.SetCelsius));
                    }

                    Request = RigRequest.StartAutotune;
                    return ProtocolReason.Ok;
                case CommandKind.Identify:
                    Request = RigRequest.Identify;
                    return ProtocolReason.Ok;
                case CommandKind.Backfill:
                    return Backfill();
                default:
                    return Refuse(ProtocolReason.UnknownCommand, "unknown command");
            }
        }

        private ProtocolReason StartPrewarm(double nowSeconds)
        {
            DecodedCommand c = Command;
            if (AutotuneActive)
            {
                return Refuse(ProtocolReason.Busy, "an autotune is running: wait for its result");
            }

            _plan.TargetTemperatureCelsius = c.SetCelsius;
            _plan.SpeedRpm = c.SpeedRpm;
            _plan.ExposureSeconds = c.ExposureMinutes * 60.0;
            _plan.StabilityBandCelsius = c.BandCelsius;
            _plan.StabilityHoldSeconds = c.HoldSeconds;
            _plan.ContinueRotationWhileSampleDue = c.RotateWhileSampling;
            _plan.ClearSampleOffsets();
            for (int i = 0; i < c.SampleCount; i++)
            {
                _plan.AddSampleOffsetMinutes(c.GetSampleMinutes(i));
            }

            ProtocolReason reason = FromRig(_rig.StartPrewarm(nowSeconds, _plan));
            if (reason == ProtocolReason.Ok)
            {
                _counters.StartRun(c.Run);
            }

            return reason;
        }

        private ProtocolReason SetGains(RunState state)
        {
            DecodedCommand c = Command;
            if (state == RunState.Running || state == RunState.SampleDue)
            {
                return WrongState(state);
            }

            PidController pid = _rig.TemperatureController as PidController;
            if (AutotuneActive || pid == null)
            {
                return Refuse(ProtocolReason.Busy, "the PID controller is not active (autotune running?)");
            }

            PidGains old = pid.Gains;
            double holding = old.HoldingDutyCycle < c.MaxDuty ? old.HoldingDutyCycle : c.MaxDuty;
            PidGains gains = new PidGains(c.Kp, c.Ki, c.Kd, old.DerivativeFilterSeconds, c.MaxDuty, holding,
                old.IntegralBandCelsius);
            RigRefusal refusal = _rig.ChangePidGains(gains);
            return refusal == RigRefusal.None ? ProtocolReason.Ok : Refuse(ProtocolReason.OutOfRange, "the gains are invalid");
        }

        private ProtocolReason Backfill()
        {
            DecodedCommand c = Command;
            if (!_counters.HasRun || !_counters.Run.EqualsText(c.Run))
            {
                Detail.Append("run ");
                Detail.AppendText(c.Run);
                Detail.Append(" is not the current or last run");
                if (_counters.HasRun)
                {
                    Detail.Append(" (");
                    Detail.AppendText(_counters.Run);
                    Detail.Append(")");
                }

                return ProtocolReason.UnknownRun;
            }

            int from = c.FromSequence;
            int to = c.HasToSequence ? c.ToSequence : ProtocolLimits.MaxSequence;
            if (_history != null)
            {
                int oldest = _history.OldestHeldSequence;
                int newest = _history.NewestSequence;
                if (to > newest)
                {
                    to = newest;
                }

                if (oldest <= 0 || newest <= 0)
                {
                    Detail.Append("no records held");
                    to = 0;
                }
                else if (from < oldest)
                {
                    int lostTo = to < oldest ? to : oldest - 1;
                    Detail.Append("records ");
                    Detail.AppendInteger(from);
                    Detail.Append("..");
                    Detail.AppendInteger(lostTo);
                    Detail.Append(" no longer held");
                    from = oldest;
                }
            }

            if (from > to && to > 0 && Detail.Length == 0)
            {
                Detail.Append("nothing to re-send: the newest record is ");
                Detail.AppendInteger(to);
            }

            BackfillFromSequence = from;
            BackfillToSequence = to;
            Request = from <= to ? RigRequest.Backfill : RigRequest.None;
            return ProtocolReason.Ok;
        }

        private ProtocolReason FromRig(RigRefusal refusal)
        {
            switch (refusal)
            {
                case RigRefusal.None:
                    return ProtocolReason.Ok;
                case RigRefusal.Faulted:
                    return FaultLatched();
                case RigRefusal.SetpointAboveSafetyLimit:
                    return AboveLimit(Command.SetCelsius);
                case RigRefusal.NotFaulted:
                    return Refuse(ProtocolReason.NotFaulted, "no fault is latched");
                case RigRefusal.ConditionPersists:
                    Detail.Append("the ");
                    Detail.Append(ProtocolNames.Fault(_rig.Supervisor.PresentCondition));
                    Detail.Append(" condition is still present: remove the cause first");
                    return ProtocolReason.ConditionPersists;
                case RigRefusal.RunRefused:
                    return FromRun(_rig.LastRunRefusal);
                default:
                    return Refuse(ProtocolReason.Busy, "the rig cannot do this now");
            }
        }

        private ProtocolReason FromRun(RunRefusal refusal)
        {
            int sample = Command.SampleIndex;
            switch (refusal)
            {
                case RunRefusal.WrongState:
                    return WrongState(_rig.Sequencer.State);
                case RunRefusal.TemperatureNotStable:
                    return Refuse(ProtocolReason.TemperatureNotStable, "the temperature is not yet stable at the set-point");
                case RunRefusal.SampleNotDue:
                    return SampleRefusal(ProtocolReason.SampleNotDue, sample, " is not due yet");
                case RunRefusal.SampleAlreadyAcknowledged:
                    return SampleRefusal(ProtocolReason.SampleAlreadyAcknowledged, sample, " was already acknowledged");
                case RunRefusal.SampleOutOfOrder:
                    return SampleRefusal(ProtocolReason.SampleOutOfOrder, sample, " is not next: acknowledge the earlier due sample first");
                case RunRefusal.SampleIndexOutOfRange:
                    Detail.Append("sample ");
                    Detail.AppendInteger(sample);
                    Detail.Append(" is not in this run's schedule of ");
                    Detail.AppendInteger(_rig.Sequencer.SampleCount);
                    Detail.Append(" samples");
                    return ProtocolReason.OutOfRange;
                case RunRefusal.InvalidTime:
                case RunRefusal.TimeWentBackwards:
                    return Refuse(ProtocolReason.Busy, "the rig clock is behind the last accepted time");
                case RunRefusal.TooManySamples:
                case RunRefusal.SampleOffsetOutOfRange:
                case RunRefusal.DuplicateSampleOffset:
                case RunRefusal.SampleOffsetsNotAscending:
                    return Refuse(ProtocolReason.BadSchedule, "the sampling schedule is invalid");
                default:
                    return Refuse(ProtocolReason.OutOfRange, "the run plan is outside the rig's ranges");
            }
        }

        private ProtocolReason SampleRefusal(ProtocolReason reason, int sample, string text)
        {
            Detail.Append("sample ");
            Detail.AppendInteger(sample);
            Detail.Append(text);
            return reason;
        }

        private ProtocolReason WrongState(RunState state)
        {
            Detail.Append(ProtocolNames.Command(Command.Kind));
            Detail.Append(" is not allowed in state ");
            Detail.Append(ProtocolNames.State(state));
            return ProtocolReason.WrongState;
        }

        private ProtocolReason FaultLatched()
        {
            Detail.Append("a fault is latched (");
            Detail.Append(ProtocolNames.Fault(_rig.Supervisor.Fault.Code));
            Detail.Append("): clear it first");
            return ProtocolReason.FaultLatched;
        }

        private ProtocolReason AboveLimit(double setCelsius)
        {
            Detail.Append("set_c ");
            Detail.AppendNumber(setCelsius, ProtocolLimits.CelsiusDecimals);
            Detail.Append(" is above this rig's limit of ");
            Detail.AppendNumber(_rig.Supervisor.MaximumSetpointCelsius, ProtocolLimits.CelsiusDecimals);
            Detail.Append(" °C (over-temperature limit minus margin)");
            return ProtocolReason.SetpointAboveSafetyLimit;
        }

        private ProtocolReason Refuse(ProtocolReason reason, string detail)
        {
            Detail.Append(detail);
            return reason;
        }
    }
}
