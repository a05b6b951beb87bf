namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// What one run should do: set-point (°C), rotation speed (rpm), exposure length (s), the
    /// pre-warm stability gate (band in °C, hold time in s) and the sampling schedule (offsets in
    /// minutes from t0, ascending, at most <see cref="MaxSamples"/>). Plain data with a
    /// <see cref="Validate"/> method that checks the hard ranges of DOMAIN.md §2 and returns a
    /// <see cref="RunRefusal"/> (never throws). <see cref="RunSequencer"/> copies the plan when a
    /// run starts, so changing a plan afterwards does not affect the running one.
    /// </summary>
    public sealed class RunPlan
    {
        /// <summary>Fixed capacity of the sampling schedule.</summary>
        public const int MaxSamples = 16;
        /// <summary>Lowest accepted set-point, °C (DOMAIN.md §2).</summary>
        public const double MinTargetTemperatureCelsius = 20.0;
        /// <summary>Highest accepted set-point, °C (DOMAIN.md §2; also the safety ceiling).</summary>
        public const double MaxTargetTemperatureCelsius = 42.0;
        /// <summary>Lowest accepted rotation speed, rpm (DOMAIN.md §2).</summary>
        public const double MinSpeedRpm = 1.0;
        /// <summary>Highest accepted rotation speed, rpm (DOMAIN.md §2).</summary>
        public const double MaxSpeedRpm = 60.0;
        /// <summary>Shortest accepted exposure, s (1 min, DOMAIN.md §2).</summary>
        public const double MinExposureSeconds = 60.0;
        /// <summary>Longest accepted exposure, s (240 min, DOMAIN.md §2).</summary>
        public const double MaxExposureSeconds = 14400.0;
        /// <summary>Narrowest accepted stability half-band, °C (about the resolution of the
        /// MAX31865/PT100 chain; a narrower band could never be proven).</summary>
        public const double MinStabilityBandCelsius = 0.05;
        /// <summary>Widest accepted stability half-band, °C (wider than the ±1 °C alarm band
        /// would make the gate meaningless).</summary>
        public const double MaxStabilityBandCelsius = 1.0;
        /// <summary>Shortest accepted stability hold, s (0: the first in-band reading is
        /// enough; meant for the simulator and tests).</summary>
        public const double MinStabilityHoldSeconds = 0.0;
        /// <summary>Longest accepted stability hold, s (1 h).</summary>
        public const double MaxStabilityHoldSeconds = 3600.0;

        private readonly double[] _sampleOffsetsMinutes = new double[MaxSamples];
        private int _sampleCount;

        /// <summary>Creates the default plan of DOMAIN.md §2: 37.0 °C, 30 rpm, 30 min exposure,
        /// gate ±0.3 °C held 300 s, rotation continuing while a sample is due, and an empty
        /// sampling schedule.</summary>
        public RunPlan()
        {
            TargetTemperatureCelsius = 37.0;
            SpeedRpm = 30.0;
            ExposureSeconds = 1800.0;
            StabilityBandCelsius = 0.3;
            StabilityHoldSeconds = 300.0;
            ContinueRotationWhileSampleDue = true;
        }

        /// <summary>Bath/chamber set-point, °C. Hard range 20–42.</summary>
        public double TargetTemperatureCelsius { get; set; }

        /// <summary>Drum rotation speed during exposure, rpm. Hard range 1–60.</summary>
        public double SpeedRpm { get; set; }

        /// <summary>Exposure length from t0 (loading confirmed) to the end of rotation, s.
        /// Hard range 60–14,400 (1–240 min).</summary>
        public double ExposureSeconds { get; set; }

        /// <summary>Half-width of the pre-warm stability band around the set-point, °C
        /// (default 0.3: within ±0.3 °C).</summary>
        public double StabilityBandCelsius { get; set; }

        /// <summary>How long the temperature must stay inside the band before the run is
        /// Ready, s (default 300).</summary>
        public double StabilityHoldSeconds { get; set; }

        /// <summary>Whether the drum keeps turning while a sample is due (default true). When
        /// false, rotation pauses until the due samples are acknowledged; the exposure clock
        /// runs on either way.</summary>
        public bool ContinueRotationWhileSampleDue { get; set; }

        /// <summary>Number of sampling offsets in the schedule (0..<see cref="MaxSamples"/>).</summary>
        public int SampleCount
        {
            get { return _sampleCount; }
        }

        /// <summary>Sampling offset <paramref name="index"/>, minutes after t0; NaN if the index
        /// is outside 0..<see cref="SampleCount"/>-1.</summary>
        public double GetSampleOffsetMinutes(int index)
        {
            if (index < 0 || index >= _sampleCount)
            {
                return double.NaN;
            }

            return _sampleOffsetsMinutes[index];
        }

        /// <summary>Appends a sampling offset, minutes after t0. Refuses with
        /// <see cref="RunRefusal.TooManySamples"/> when the schedule is full; range and order are
        /// checked by <see cref="Validate"/>.</summary>
        public RunRefusal AddSampleOffsetMinutes(double offsetMinutes)
        {
            if (_sampleCount >= MaxSamples)
            {
                return RunRefusal.TooManySamples;
            }

            _sampleOffsetsMinutes[_sampleCount] = offsetMinutes;
            _sampleCount++;
            return RunRefusal.None;
        }

        /// <summary>Replaces the schedule with <paramref name="offsetsMinutes"/> (minutes after
        /// t0). Refuses, leaving the schedule unchanged, with
        /// <see cref="RunRefusal.TooManySamples"/> when there are more than
        /// <see cref="MaxSamples"/>; a null array empties the schedule.</summary>
        public RunRefusal SetSampleOffsetsMinutes(double[] offsetsMinutes)
        {
            int count = offsetsMinutes == null ? 0 : offsetsMinutes.Length;
            if (count > MaxSamples)
            {
                return RunRefusal.TooManySamples;
            }

            for (int i = 0; i < count; i++)
            {
                _sampleOffsetsMinutes[i] = offsetsMinutes[i];
            }

            _sampleCount = count;
            return RunRefusal.None;
        }

        /// <summary>Empties the sampling schedule.</summary>
        public void ClearSampleOffsets()
        {
            _sampleCount = 0;
        }

        /// <summary>Copies every setting and the schedule of <paramref name="source"/> into this
        /// plan without allocating. A null source changes nothing.</summary>
        public void CopyFrom(RunPlan source)
        {
            if (source == null || source == this)
            {
                return;
            }

            TargetTemperatureCelsius = source.TargetTemperatureCelsius;
            SpeedRpm = source.SpeedRpm;
            ExposureSeconds = source.ExposureSeconds;
            StabilityBandCelsius = source.StabilityBandCelsius;
            StabilityHoldSeconds = source.StabilityHoldSeconds;
            ContinueRotationWhileSampleDue = source.ContinueRotationWhileSampleDue;
            for (int i = 0; i < source._sampleCount; i++)
            {
                _sampleOffsetsMinutes[i] = source._sampleOffsetsMinutes[i];
            }

            _sampleCount = source._sampleCount;
        }

        /// <summary>Checks the plan against the hard ranges (see the constants) and returns the
        /// first problem found, in this order: set-point, speed, exposure, stability band,
        /// stability hold, then each sampling offset in schedule order (out of range, duplicate
        /// of the previous one, earlier than the previous one). NaN or infinite values are out of
        /// range. Offsets must lie within [0, exposure]: 0 is the t0 baseline sample and an
        /// offset equal to the exposure is the end sample.</summary>
        public RunRefusal Validate()
        {
            if (!IsWithin(TargetTemperatureCelsius, MinTargetTemperatureCelsius, MaxTargetTemperatureCelsius))
            {
                return RunRefusal.TargetTemperatureOutOfRange;
            }

            if (!IsWithin(SpeedRpm, MinSpeedRpm, MaxSpeedRpm))
            {
                return RunRefusal.SpeedOutOfRange;
            }

            if (!IsWithin(ExposureSeconds, MinExposureSeconds, MaxExposureSeconds))
            {
                return RunRefusal.ExposureOutOfRange;
            }

            if (!IsWithin(StabilityBandCelsius, MinStabilityBandCelsius, MaxStabilityBandCelsius))
            {
                return RunRefusal.StabilityBandOutOfRange;
            }

            if (!IsWithin(StabilityHoldSeconds, MinStabilityHoldSeconds, MaxStabilityHoldSeconds))
            {
                return RunRefusal.StabilityHoldOutOfRange;
            }

            for (int i = 0; i < _sampleCount; i++)
            {
                double offsetMinutes = _sampleOffsetsMinutes[i];
                if (!IsWithin(offsetMinutes * 60.0, 0.0, ExposureSeconds))
                {
                    return RunRefusal.SampleOffsetOutOfRange;
                }

                if (i > 0)
                {
                    double previousMinutes = _sampleOffsetsMinutes[i - 1];
                    if (offsetMinutes == previousMinutes)
                    {
                        return RunRefusal.DuplicateSampleOffset;
                    }

                    if (offsetMinutes < previousMinutes)
                    {
                        return RunRefusal.SampleOffsetsNotAscending;
                    }
                }
            }

            return RunRefusal.None;
        }

        /// <summary>True when <paramref name="value"/> is a number within [min, max]; false for
        /// NaN (every comparison with NaN is false) and for infinities outside the bounds.</summary>
        private static bool IsWithin(double value, double min, double max)
        {
            return value >= min && value <= max;
        }
    }
}
