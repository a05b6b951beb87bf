namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// The sampling schedule of one run: planned offsets (minutes after t0), due times (s, on the
    /// caller's clock) and acknowledgement times (s; NaN until acknowledged). Samples become due
    /// in schedule order and are acknowledged in schedule order, so the outstanding ones are
    /// always the contiguous range [AcknowledgedCount, DueCount). Preallocated; no allocation
    /// after construction.
    /// </summary>
    internal sealed class SampleSchedule
    {
        private readonly double[] _offsetsMinutes = new double[RunPlan.MaxSamples];
        private readonly double[] _dueAtSeconds = new double[RunPlan.MaxSamples];
        private readonly double[] _acknowledgedAtSeconds = new double[RunPlan.MaxSamples];
        private int _count;
        private int _dueCount;
        private int _acknowledgedCount;

        public SampleSchedule()
        {
            Clear();
        }

        public int Count
        {
            get { return _count; }
        }

        public int DueCount
        {
            get { return _dueCount; }
        }

        public int AcknowledgedCount
        {
            get { return _acknowledgedCount; }
        }

        public int PendingCount
        {
            get { return _dueCount - _acknowledgedCount; }
        }

        /// <summary>Empties the schedule.</summary>
        public void Clear()
        {
            _count = 0;
            ResetProgress();
        }

        /// <summary>Copies the offsets of a validated plan; nothing is due yet.</summary>
        public void Load(RunPlan plan)
        {
            _count = plan.SampleCount;
            for (int i = 0; i < _count; i++)
            {
                _offsetsMinutes[i] = plan.GetSampleOffsetMinutes(i);
            }

            ResetProgress();
        }

        /// <summary>Fixes every due time from t0, s.</summary>
        public void Start(double t0Seconds)
        {
            for (int i = 0; i < _count; i++)
            {
                _dueAtSeconds[i] = t0Seconds + _offsetsMinutes[i] * 60.0;
            }
        }

        /// <summary>Marks every sample whose due time is at or before
        /// <paramref name="nowSeconds"/> as due; returns how many became due now.</summary>
        public int RaiseDue(double nowSeconds)
        {
            int raised = 0;
            while (_dueCount < _count && _dueAtSeconds[_dueCount] <= nowSeconds)
            {
                _dueCount++;
                raised++;
            }

            return raised;
        }

        /// <summary>Why sample <paramref name="index"/> cannot be acknowledged now, or None.</summary>
        public RunRefusal CheckAcknowledge(int index)
        {
            if (index < 0 || index >= _count)
            {
                return RunRefusal.SampleIndexOutOfRange;
            }

            if (index < _acknowledgedCount)
            {
                return RunRefusal.SampleAlreadyAcknowledged;
            }

            if (index >= _dueCount)
            {
                return RunRefusal.SampleNotDue;
            }

            if (index != _acknowledgedCount)
            {
                return RunRefusal.SampleOutOfOrder;
            }

            return RunRefusal.None;
        }

        /// <summary>Records the acknowledgement of the oldest due sample at
        /// <paramref name="nowSeconds"/>; call only after <see cref="CheckAcknowledge"/>.</summary>
        public void AcknowledgeOldest(double nowSeconds)
        {
            _acknowledgedAtSeconds[_acknowledgedCount] = nowSeconds;
            _acknowledgedCount++;
        }

        /// <summary>Planned offset of a sample, minutes after t0; NaN when out of range.</summary>
        public double OffsetMinutes(int index)
        {
            return index >= 0 && index < _count ? _offsetsMinutes[index] : double.NaN;
        }

        /// <summary>Planned due time of a sample, s; NaN before t0 or when out of range.</summary>
        public double DueAtSeconds(int index)
        {
            return index >= 0 && index < _count ? _dueAtSeconds[index] : double.NaN;
        }

        /// <summary>Acknowledgement time of a sample, s; NaN when not acknowledged or out of
        /// range.</summary>
        public double AcknowledgedAtSeconds(int index)
        {
            return index >= 0 && index < _count ? _acknowledgedAtSeconds[index] : double.NaN;
        }

        private void ResetProgress()
        {
            _dueCount = 0;
            _acknowledgedCount = 0;
            for (int i = 0; i < RunPlan.MaxSamples; i++)
            {
                _dueAtSeconds[i] = double.NaN;
                _acknowledgedAtSeconds[i] = double.NaN;
            }
        }
    }
}
