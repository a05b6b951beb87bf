using ChandlerLoop.Control.Safety;

namespace ChandlerLoop.Control.Run
{
    /// <summary>The run record of <see cref="RunSequencer"/>: read-only times (s, on the
    /// caller's clock), counters and per-sample data for the firmware app and the protocol.
    /// Times not reached yet are NaN.</summary>
    public sealed partial class RunSequencer
    {
        /// <summary>Latest accepted time, s; NaN before the first accepted call.</summary>
        public double LastTimeSeconds
        {
            get { return double.IsNegativeInfinity(_lastTimeSeconds) ? double.NaN : _lastTimeSeconds; }
        }

        /// <summary>Time of the latest state change, s; NaN before the first one.</summary>
        public double LastStateChangeSeconds { get { return _lastStateChangeSeconds; } }

        /// <summary>Number of state changes since construction (lets a caller notice changes
        /// between two polls).</summary>
        public int StateChangeCount { get { return _stateChangeCount; } }

        /// <summary>Number of <see cref="Update"/> calls ignored because their time was NaN,
        /// infinite or earlier than an accepted time.</summary>
        public int IgnoredUpdateCount { get { return _ignoredUpdateCount; } }

        /// <summary>When pre-warming started, s; NaN in Idle.</summary>
        public double PrewarmStartedAtSeconds { get { return _prewarmStartedAtSeconds; } }

        /// <summary>When the stability gate was met, s; NaN while not met (it becomes NaN again
        /// if the temperature leaves the band while Ready).</summary>
        public double GateMetAtSeconds { get { return _gateMetAtSeconds; } }

        /// <summary>Time from the start of pre-warming to the gate being met, s; NaN while not
        /// met.</summary>
        public double TimeToStableSeconds { get { return _gateMetAtSeconds - _prewarmStartedAtSeconds; } }

        /// <summary>How often the temperature left the band while Ready (each time the run went
        /// back to PreWarming).</summary>
        public int StabilityLossCount { get { return _stabilityLossCount; } }

        /// <summary>How long the temperature has been inside the band so far, s, while
        /// PreWarming or Ready; 0 otherwise.</summary>
        public double StabilityHeldSeconds
        {
            get
            {
                bool gating = _state == RunState.PreWarming || _state == RunState.Ready;
                return gating ? _gate.HeldSeconds(_lastTimeSeconds) : 0.0;
            }
        }

        /// <summary>Stability band of the current plan, ± °C.</summary>
        public double StabilityBandCelsius { get { return _plan.StabilityBandCelsius; } }

        /// <summary>Stability hold time of the current plan, s.</summary>
        public double StabilityHoldSeconds { get { return _plan.StabilityHoldSeconds; } }

        /// <summary>t0: when loading was confirmed and the exposure clock started, s; NaN before.</summary>
        public double T0Seconds { get { return _t0Seconds; } }

        /// <summary>Planned exposure of the current plan, s.</summary>
        public double ExposureSeconds { get { return _plan.ExposureSeconds; } }

        /// <summary>Exposure so far, s: from t0 to the latest accepted time, or to
        /// <see cref="ExposureEndedAtSeconds"/> once the clock stopped; 0 before t0.</summary>
        public double ExposureElapsedSeconds
        {
            get
            {
                if (double.IsNaN(_t0Seconds))
                {
                    return 0.0;
                }

                double end = double.IsNaN(_exposureEndedAtSeconds) ? _lastTimeSeconds : _exposureEndedAtSeconds;
                return end - _t0Seconds;
            }
        }

        /// <summary>Exposure still to go, s (never negative; the full exposure before t0).</summary>
        public double ExposureRemainingSeconds
        {
            get
            {
                double remaining = _plan.ExposureSeconds - ExposureElapsedSeconds;
                return remaining > 0.0 ? remaining : 0.0;
            }
        }

        /// <summary>When the exposure clock stopped, s: the first update at or after
        /// t0 + exposure, or the abort/fault time; NaN while it runs or before t0.</summary>
        public double ExposureEndedAtSeconds { get { return _exposureEndedAtSeconds; } }

        /// <summary>True once the full planned exposure has elapsed (not set by abort or fault).</summary>
        public bool IsExposureComplete { get { return _exposureComplete; } }

        /// <summary>Number of samples in the current run's schedule.</summary>
        public int SampleCount { get { return _schedule.Count; } }

        /// <summary>Number of samples that have become due so far (a sample-due event is owed
        /// for each increase).</summary>
        public int DueSampleCount { get { return _schedule.DueCount; } }

        /// <summary>Number of samples acknowledged so far.</summary>
        public int AcknowledgedSampleCount { get { return _schedule.AcknowledgedCount; } }

        /// <summary>Samples due and not yet acknowledged (the queue length).</summary>
        public int PendingSampleCount { get { return _schedule.PendingCount; } }

        /// <summary>Index of the next sample to take: the oldest unacknowledged one (due or not);
        /// -1 when every sample is acknowledged or the schedule is empty.</summary>
        public int NextSampleIndex
        {
            get { return _schedule.AcknowledgedCount < _schedule.Count ? _schedule.AcknowledgedCount : -1; }
        }

        /// <summary>Seconds from the latest accepted time to the due time of
        /// <see cref="NextSampleIndex"/>; negative when it is overdue, NaN before t0 or when
        /// there is no next sample.</summary>
        public double SecondsUntilNextSample
        {
            get { return _schedule.DueAtSeconds(NextSampleIndex) - _lastTimeSeconds; }
        }

        /// <summary>Reason of the abort; None unless the state is Aborted.</summary>
        public AbortReason AbortReason { get { return _abortReason; } }

        /// <summary>Fault that ended the run; None unless the state is Faulted.</summary>
        public FaultCode FaultCode { get { return _faultCode; } }

        /// <summary>Planned offset of sample <paramref name="index"/>, minutes after t0; NaN when
        /// the index is out of range.</summary>
        public double GetSampleOffsetMinutes(int index) { return _schedule.OffsetMinutes(index); }

        /// <summary>Planned due time of sample <paramref name="index"/> (t0 + offset), s; NaN
        /// before t0 or when out of range.</summary>
        public double GetSampleDueAtSeconds(int index) { return _schedule.DueAtSeconds(index); }

        /// <summary>Actual acknowledgement time of sample <paramref name="index"/>, s; NaN when
        /// not yet acknowledged or out of range.</summary>
        public double GetSampleAcknowledgedAtSeconds(int index) { return _schedule.AcknowledgedAtSeconds(index); }

        /// <summary>Copies the current (or last) plan into <paramref name="destination"/>
        /// without allocating; a null destination is ignored.</summary>
        public void CopyPlanTo(RunPlan destination)
        {
            if (destination != null)
            {
                destination.CopyFrom(_plan);
            }
        }
    }
}
