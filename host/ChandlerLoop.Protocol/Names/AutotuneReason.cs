namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// How an autotune ended, the <c>reason</c> of an <c>autotune_result</c> event (docs/protocol.md, "Names";
/// the rules behind each are in docs/temperature-control.md).
/// </summary>
public enum AutotuneReason
{
    /// <summary><c>ok</c>: completed; gains proposed.</summary>
    Ok,

    /// <summary><c>timeout</c>: no stable oscillation within the time allowed.</summary>
    Timeout,

    /// <summary><c>over_temperature</c>: the temperature rose above the autotune's ceiling.</summary>
    OverTemperature,

    /// <summary><c>invalid_measurement</c>: a temperature reading was not usable.</summary>
    InvalidMeasurement,

    /// <summary><c>target_changed</c>: the set-point changed during the autotune.</summary>
    TargetChanged,

    /// <summary><c>cancelled</c>: stopped on request.</summary>
    Cancelled,

    /// <summary><c>measurement_inconsistent</c>: the oscillation cycles disagreed too much to trust.</summary>
    MeasurementInconsistent,

    /// <summary><c>target_out_of_bounds</c>: the requested set-point is outside what the autotune accepts.</summary>
    TargetOutOfBounds,
}
