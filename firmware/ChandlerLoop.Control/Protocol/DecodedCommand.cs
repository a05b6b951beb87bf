using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// One command as read from the wire, allocated once and overwritten by every
    /// <see cref="CommandDecoder.Decode"/>. Texts are kept as UTF-8 in preallocated
    /// <see cref="Utf8Text"/> buffers (no strings are created while decoding). Only the fields of
    /// <see cref="Kind"/> are meaningful; optional fields hold their protocol default when absent.
    /// Units as in docs/protocol.md: °C, rpm, minutes, seconds, duty 0..1.
    /// </summary>
    public sealed class DecodedCommand
    {
        private readonly double[] _samplesMinutes = new double[ProtocolLimits.MaxSamples];

        /// <summary>Command id (1–40 chars A-Za-z0-9-_).</summary>
        public Utf8Text Id { get; } = new Utf8Text(ProtocolLimits.MaxCommandIdChars);

        /// <summary>The command; None when <c>cmd</c> was missing or unknown.</summary>
        public CommandKind Kind { get; set; }

        /// <summary>Run id (start_prewarm, backfill).</summary>
        public Utf8Text Run { get; } = new Utf8Text(ProtocolLimits.MaxRunIdChars);

        /// <summary>Set-point, °C (start_prewarm, start_autotune).</summary>
        public double SetCelsius { get; set; }

        /// <summary>Drum speed, rpm (start_prewarm).</summary>
        public double SpeedRpm { get; set; }

        /// <summary>Exposure, minutes (start_prewarm).</summary>
        public double ExposureMinutes { get; set; }

        /// <summary>Number of sampling offsets (start_prewarm).</summary>
        public int SampleCount { get; private set; }

        /// <summary>Stability half-band, °C (start_prewarm; default 0.3).</summary>
        public double BandCelsius { get; set; }

        /// <summary>Stability hold, s (start_prewarm; default 300).</summary>
        public double HoldSeconds { get; set; }

        /// <summary>Keep rotating while a sample is due (start_prewarm; default true).</summary>
        public bool RotateWhileSampling { get; set; }

        /// <summary>Sample index (ack_sample).</summary>
        public int SampleIndex { get; set; }

        /// <summary>Tube label (ack_sample), valid when <see cref="HasTube"/>.</summary>
        public Utf8Text Tube { get; } = new Utf8Text(ProtocolLimits.MaxTubeChars * 4);

        /// <summary>Whether ack_sample carried a tube label.</summary>
        public bool HasTube { get; set; }

        /// <summary>Abort reason (abort).</summary>
        public AbortReason AbortReason { get; set; }

        /// <summary>Operator's note (abort), valid when <see cref="HasNote"/>.</summary>
        public Utf8Text Note { get; } = new Utf8Text(ProtocolLimits.MaxNoteChars * 4);

        /// <summary>Whether abort carried a note.</summary>
        public bool HasNote { get; set; }

        /// <summary>Kp, duty/°C (set_gains).</summary>
        public double Kp { get; set; }

        /// <summary>Ki, duty/(°C·s) (set_gains).</summary>
        public double Ki { get; set; }

        /// <summary>Kd, duty·s/°C (set_gains).</summary>
        public double Kd { get; set; }

        /// <summary>Upper duty clamp, 0..1 (set_gains; default 1).</summary>
        public double MaxDuty { get; set; }

        /// <summary>Identify duration, s (identify).</summary>
        public int IdentifySeconds { get; set; }

        /// <summary>First sequence number to re-send (backfill).</summary>
        public int FromSequence { get; set; }

        /// <summary>Last sequence number to re-send (backfill), valid when <see cref="HasToSequence"/>.</summary>
        public int ToSequence { get; set; }

        /// <summary>Whether backfill named a last sequence number (otherwise: to the newest).</summary>
        public bool HasToSequence { get; set; }

        /// <summary>Sampling offset <paramref name="index"/>, minutes after t0; NaN outside
        /// 0..<see cref="SampleCount"/>-1.</summary>
        public double GetSampleMinutes(int index)
        {
            return index >= 0 && index < SampleCount ? _samplesMinutes[index] : double.NaN;
        }

        /// <summary>Appends a sampling offset, minutes; false when the 16 places are full.</summary>
        public bool AddSampleMinutes(double minutes)
        {
            if (SampleCount >= _samplesMinutes.Length)
            {
                return false;
            }

            _samplesMinutes[SampleCount] = minutes;
            SampleCount++;
            return true;
        }

        /// <summary>Sets every field to its empty value and the optional ones to their defaults.</summary>
        public void Clear()
        {
            Id.Clear();
            Kind = CommandKind.None;
            Run.Clear();
            SetCelsius = 0.0;
            SpeedRpm = 0.0;
            ExposureMinutes = 0.0;
            SampleCount = 0;
            BandCelsius = ProtocolLimits.DefaultBandCelsius;
            HoldSeconds = ProtocolLimits.DefaultHoldSeconds;
            RotateWhileSampling = true;
            SampleIndex = 0;
            Tube.Clear();
            HasTube = false;
            AbortReason = AbortReason.None;
            Note.Clear();
            HasNote = false;
            Kp = 0.0;
            Ki = 0.0;
            Kd = 0.0;
            MaxDuty = ProtocolLimits.DefaultMaxDuty;
            IdentifySeconds = 0;
            FromSequence = 0;
            ToSequence = 0;
            HasToSequence = false;
        }
    }
}
