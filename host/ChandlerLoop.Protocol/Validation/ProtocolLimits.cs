namespace ChandlerLoop.Protocol.Validation;

/// <summary>
/// Every size, range and number of decimals of protocol version 1, in one place (docs/protocol.md). The
/// decoder checks against these, and the encoder writes with these decimals and refuses what the decoder
/// would refuse, so host and rig agree by construction.
/// </summary>
public static class ProtocolLimits
{
    /// <summary>The protocol version this library speaks.</summary>
    public const int Version = 1;

    /// <summary>Largest command payload, bytes.</summary>
    public const int MaximumCommandBytes = 2048;

    /// <summary>Largest payload a rig sends (status, telemetry, events), bytes.</summary>
    public const int MaximumRigMessageBytes = 1024;

    /// <summary>Deepest nesting of JSON objects and arrays accepted; the root object counts as 1.</summary>
    public const int MaximumJsonDepth = 16;

    /// <summary>Largest sequence number (<c>seq</c>, <c>eseq</c>, <c>from_seq</c>, <c>to_seq</c>): 2³¹−1.</summary>
    public const long MaximumSequence = int.MaxValue;

    /// <summary>Largest integer a JSON reader holds exactly as a double: 2⁵³.</summary>
    public const long MaximumExactInteger = 1L << 53;

    /// <summary>Most entries in <c>samples_min</c>.</summary>
    public const int MaximumSamples = 16;

    /// <summary>Longest firmware version text, characters.</summary>
    public const int MaximumFirmwareLength = 32;

    /// <summary>Longest tube label, characters (code points).</summary>
    public const int MaximumTubeLength = 40;

    /// <summary>Longest abort note, characters (code points).</summary>
    public const int MaximumNoteLength = 200;

    /// <summary>Longest <c>cmd</c> echoed in a <c>command_result</c>, characters.</summary>
    public const int MaximumEchoedCommandLength = 32;

    /// <summary>Longest <c>detail</c> of a result or rejection, characters.</summary>
    public const int MaximumDetailLength = 200;

    // Common to several messages.

    /// <summary><c>t_s</c>: rig time since boot, s, 1 decimal, ≥ 0.</summary>
    public static readonly NumberRule TimeSinceBoot = NumberRule.NonNegative("t_s", 1, "s");

    /// <summary><c>exp_s</c>: exposure time since t0, s, 1 decimal, ≥ 0.</summary>
    public static readonly NumberRule Exposure = NumberRule.NonNegative("exp_s", 1, "s");

    // status

    /// <summary><c>uptime_s</c>: whole seconds since boot.</summary>
    public static readonly IntegerRule Uptime = new("uptime_s", 0, MaximumExactInteger, "s");

    /// <summary>Largest calibration offset in <c>cal</c>, °C (either sign).</summary>
    public const double MaximumCalibrationOffsetCelsius = 2.0;

    /// <summary><c>cal.control_offset_c</c>: control (RTD) sensor offset, °C, −2..2, 3 decimals.</summary>
    public static readonly NumberRule ControlOffset =
        new("control_offset_c", -MaximumCalibrationOffsetCelsius, MaximumCalibrationOffsetCelsius, 3, "°C");

    /// <summary><c>cal.safety_offset_c</c>: safety (DS18B20) sensor offset, °C, −2..2, 3 decimals.</summary>
    public static readonly NumberRule SafetyOffset =
        new("safety_offset_c", -MaximumCalibrationOffsetCelsius, MaximumCalibrationOffsetCelsius, 3, "°C");

    // telemetry

    /// <summary><c>seq</c>: telemetry sequence number.</summary>
    public static readonly IntegerRule TelemetrySequence = new("seq", 1, MaximumSequence);

    /// <summary><c>temp_c</c>: control (RTD) temperature, °C, 3 decimals.</summary>
    public static readonly NumberRule ControlTemperature = NumberRule.Unbounded("temp_c", 3, "°C");

    /// <summary><c>safety_c</c>: safety (DS18B20) temperature, °C, 3 decimals.</summary>
    public static readonly NumberRule SafetyTemperature = NumberRule.Unbounded("safety_c", 3, "°C");

    /// <summary><c>set_c</c> in telemetry: the applied set-point, °C, 3 decimals (0 when not heating).</summary>
    public static readonly NumberRule TelemetrySetpoint = NumberRule.Unbounded("set_c", 3, "°C");

    /// <summary><c>duty</c>: heater duty, 0..1, 3 decimals.</summary>
    public static readonly NumberRule HeaterDuty = new("duty", 0, 1, 3, string.Empty);

    /// <summary><c>rpm</c> in telemetry: measured drum speed, rpm, 2 decimals.</summary>
    public static readonly NumberRule MeasuredSpeed = NumberRule.Unbounded("rpm", 2, "rpm");

    /// <summary><c>rpm_set</c>: commanded drum speed, rpm, 2 decimals.</summary>
    public static readonly NumberRule CommandedSpeed = NumberRule.Unbounded("rpm_set", 2, "rpm");

    // events

    /// <summary><c>eseq</c>: event sequence number since boot.</summary>
    public static readonly IntegerRule EventSequence = new("eseq", 1, MaximumSequence);

    /// <summary><c>sample</c>: 0-based sample index.</summary>
    public static readonly IntegerRule SampleIndex = new("sample", 0, MaximumSamples - 1);

    /// <summary><c>offset_min</c>: a sample's offset from t0, min, 3 decimals.</summary>
    public static readonly NumberRule SampleOffset = new("offset_min", 0, 240, 3, "min");

    /// <summary><c>actual_exp_s</c>: exposure time at acknowledgement, s, 1 decimal.</summary>
    public static readonly NumberRule ActualExposure = NumberRule.NonNegative("actual_exp_s", 1, "s");

    /// <summary><c>value</c> of a fault event, 3 decimals (unit depends on the fault).</summary>
    public static readonly NumberRule FaultValue = NumberRule.Unbounded("value", 3, string.Empty);

    /// <summary><c>limit</c> of a fault event, 3 decimals (unit depends on the fault).</summary>
    public static readonly NumberRule FaultLimit = NumberRule.Unbounded("limit", 3, string.Empty);

    /// <summary><c>amplitude_c</c>: autotune oscillation amplitude, °C, 3 decimals.</summary>
    public static readonly NumberRule AutotuneAmplitude = NumberRule.NonNegative("amplitude_c", 3, "°C");

    /// <summary><c>period_s</c>: autotune oscillation period, s, 1 decimal.</summary>
    public static readonly NumberRule AutotunePeriod = NumberRule.NonNegative("period_s", 1, "s");

    /// <summary><c>kp</c> proposed by an autotune, duty/°C, 6 decimals.</summary>
    public static readonly NumberRule ProposedProportionalGain = NumberRule.Unbounded("kp", 6, "duty/°C");

    /// <summary><c>ki</c> proposed by an autotune, duty/(°C·s), 6 decimals.</summary>
    public static readonly NumberRule ProposedIntegralGain = NumberRule.Unbounded("ki", 6, "duty/(°C·s)");

    /// <summary><c>kd</c> proposed by an autotune, duty·s/°C, 6 decimals.</summary>
    public static readonly NumberRule ProposedDerivativeGain = NumberRule.Unbounded("kd", 6, "duty·s/°C");

    // commands

    /// <summary><c>set_c</c> of <c>start_prewarm</c>: 20–42 °C, 3 decimals.</summary>
    public static readonly NumberRule PrewarmSetpoint = new("set_c", 20, 42, 3, "°C");

    /// <summary><c>rpm</c> of <c>start_prewarm</c>: 1–60 rpm, 2 decimals.</summary>
    public static readonly NumberRule PrewarmSpeed = new("rpm", 1, 60, 2, "rpm");

    /// <summary><c>exposure_min</c>: 1–240 min, 3 decimals.</summary>
    public static readonly NumberRule ExposureDuration = new("exposure_min", 1, 240, 3, "min");

    /// <summary>One entry of <c>samples_min</c>, min, 3 decimals; the upper bound is the run's <c>exposure_min</c>.</summary>
    public static readonly NumberRule ScheduledSample = new("samples_min", 0, 240, 3, "min");

    /// <summary><c>band_c</c>: temperature gate half-width, 0.05–1.0 °C, 3 decimals.</summary>
    public static readonly NumberRule StabilityBand = new("band_c", 0.05, 1.0, 3, "°C");

    /// <summary><c>hold_s</c>: temperature gate hold time, 0–3600 s, 1 decimal.</summary>
    public static readonly NumberRule StabilityHold = new("hold_s", 0, 3600, 1, "s");

    /// <summary><c>kp</c> of <c>set_gains</c>: 0–10 duty/°C, 6 decimals.</summary>
    public static readonly NumberRule ProportionalGain = new("kp", 0, 10, 6, "duty/°C");

    /// <summary><c>ki</c> of <c>set_gains</c>: 0–1 duty/(°C·s), 6 decimals.</summary>
    public static readonly NumberRule IntegralGain = new("ki", 0, 1, 6, "duty/(°C·s)");

    /// <summary><c>kd</c> of <c>set_gains</c>: 0–1000 duty·s/°C, 6 decimals.</summary>
    public static readonly NumberRule DerivativeGain = new("kd", 0, 1000, 6, "duty·s/°C");

    /// <summary><c>max_duty</c>: heater duty ceiling, 0.05–1, 3 decimals.</summary>
    public static readonly NumberRule MaximumDuty = new("max_duty", 0.05, 1, 3, string.Empty);

    /// <summary><c>set_c</c> of <c>start_autotune</c>: 20–39 °C, 3 decimals.</summary>
    public static readonly NumberRule AutotuneSetpoint = new("set_c", 20, 39, 3, "°C");

    /// <summary><c>seconds</c> of <c>identify</c>: 1–60 s.</summary>
    public static readonly IntegerRule IdentifyDuration = new("seconds", 1, 60, "s");

    /// <summary><c>from_seq</c> of <c>backfill</c>.</summary>
    public static readonly IntegerRule BackfillFrom = new("from_seq", 1, MaximumSequence);

    /// <summary><c>to_seq</c> of <c>backfill</c>; also ≥ <c>from_seq</c>.</summary>
    public static readonly IntegerRule BackfillTo = new("to_seq", 1, MaximumSequence);
}
