namespace ChandlerLoop.Protocol.Messages;

/// <summary>
/// The sensor calibration a rig reports in the <c>cal</c> object of its online status
/// (docs/protocol.md, "status"; procedure in hardware/calibration.md §1). The rig adds each offset
/// to the raw reading of its sensor, so telemetry's <c>temp_c</c> and <c>safety_c</c> are already
/// corrected.
/// </summary>
/// <param name="ControlOffsetCelsius">Offset added to the control (RTD) readings, °C, −2..2, 3 decimals (<c>control_offset_c</c>).</param>
/// <param name="SafetyOffsetCelsius">Offset added to the safety (DS18B20) readings, °C, −2..2, 3 decimals (<c>safety_offset_c</c>).</param>
/// <param name="CalibratedOn">Date of the last calibration (<c>on</c>), or null when the rig was never calibrated.</param>
/// <param name="DueOn">Date the next calibration is due (<c>due</c>), or null when none is set.</param>
public sealed record RigCalibration(
    double ControlOffsetCelsius,
    double SafetyOffsetCelsius,
    DateOnly? CalibratedOn,
    DateOnly? DueOn)
{
    /// <summary>An uncalibrated rig: both offsets 0 °C, no dates.</summary>
    public static RigCalibration Uncalibrated { get; } = new(0, 0, null, null);
}
