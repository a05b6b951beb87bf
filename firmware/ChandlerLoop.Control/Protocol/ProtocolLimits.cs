namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Sizes and hard ranges of protocol version 1, in one place (docs/protocol.md; the run ranges
    /// are those of DOMAIN.md §2, also enforced by RunPlan). Units are in the names.
    /// </summary>
    public static class ProtocolLimits
    {
        /// <summary>The protocol version this code speaks.</summary>
        public const int Version = 1;
        /// <summary>Largest command payload, bytes.</summary>
        public const int MaxCommandBytes = 2048;
        /// <summary>Largest payload the rig sends, bytes.</summary>
        public const int MaxRigMessageBytes = 1024;
        /// <summary>Longest rig id, characters (a-z, 0-9, '-').</summary>
        public const int MaxRigIdChars = 32;
        /// <summary>Longest command id, characters (A-Za-z0-9-_).</summary>
        public const int MaxCommandIdChars = 40;
        /// <summary>Longest run id, characters (A-Za-z0-9-_).</summary>
        public const int MaxRunIdChars = 40;
        /// <summary>Longest tube label, characters.</summary>
        public const int MaxTubeChars = 40;
        /// <summary>Longest abort note, characters.</summary>
        public const int MaxNoteChars = 200;
        /// <summary>Longest firmware version, characters.</summary>
        public const int MaxFirmwareChars = 32;
        /// <summary>Longest command name echoed in a command_result, characters.</summary>
        public const int MaxEchoedCommandChars = 32;
        /// <summary>Longest human-readable detail, bytes (200 characters of mostly ASCII).</summary>
        public const int MaxDetailBytes = 200;
        /// <summary>Most sampling offsets in one run.</summary>
        public const int MaxSamples = 16;
        /// <summary>Largest sequence number, 2^31 − 1.</summary>
        public const int MaxSequence = 2147483647;

        /// <summary>start_prewarm set-point range, °C.</summary>
        public const double MinSetCelsius = 20.0, MaxSetCelsius = 42.0;
        /// <summary>start_autotune set-point range, °C.</summary>
        public const double MinAutotuneCelsius = 20.0, MaxAutotuneCelsius = 39.0;
        /// <summary>Drum speed range, rpm.</summary>
        public const double MinRpm = 1.0, MaxRpm = 60.0;
        /// <summary>Exposure range, min.</summary>
        public const double MinExposureMinutes = 1.0, MaxExposureMinutes = 240.0;
        /// <summary>Stability half-band range and default, °C.</summary>
        public const double MinBandCelsius = 0.05, MaxBandCelsius = 1.0, DefaultBandCelsius = 0.3;
        /// <summary>Stability hold range and default, s.</summary>
        public const double MinHoldSeconds = 0.0, MaxHoldSeconds = 3600.0, DefaultHoldSeconds = 300.0;
        /// <summary>Kp range, duty/°C.</summary>
        public const double MinKp = 0.0, MaxKp = 10.0;
        /// <summary>Ki range, duty/(°C·s).</summary>
        public const double MinKi = 0.0, MaxKi = 1.0;
        /// <summary>Kd range, duty·s/°C.</summary>
        public const double MinKd = 0.0, MaxKd = 1000.0;
        /// <summary>Heater duty clamp range and default, 0..1.</summary>
        public const double MinMaxDuty = 0.05, MaxMaxDuty = 1.0, DefaultMaxDuty = 1.0;
        /// <summary>identify duration range, s.</summary>
        public const int MinIdentifySeconds = 1, MaxIdentifySeconds = 60;

        /// <summary>Decimals written for temperatures (°C).</summary>
        public const int CelsiusDecimals = 3;
        /// <summary>Decimals written for duty (0..1).</summary>
        public const int DutyDecimals = 3;
        /// <summary>Decimals written for drum speed (rpm).</summary>
        public const int RpmDecimals = 2;
        /// <summary>Decimals written for times in seconds.</summary>
        public const int SecondsDecimals = 1;
        /// <summary>Decimals written for times in minutes.</summary>
        public const int MinutesDecimals = 3;
        /// <summary>Decimals written for PID gains.</summary>
        public const int GainDecimals = 6;
        /// <summary>Decimals written for fault values and limits.</summary>
        public const int FaultValueDecimals = 3;
    }
}
