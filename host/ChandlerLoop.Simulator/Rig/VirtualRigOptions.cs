using ChandlerLoop.Plant;
using ChandlerLoop.Protocol.Messages;

namespace ChandlerLoop.Simulator.Rig;

/// <summary>
/// Settings of one <see cref="VirtualRig"/>. Defaults are the firmware's (RAM ring 300 records =
/// 5 min, flash log 3,600 records = 1 h at 1 Hz) and a run of six 7 mL loops of blood at 22 °C.
/// </summary>
public sealed class VirtualRigOptions
{
    /// <summary>Rig id, 1–32 characters a-z, 0-9, '-' (also the MQTT client id).</summary>
    public string RigId { get; init; } = "rig-01";

    /// <summary>Reported in the status <c>fw</c> field; marks the rig as simulated.</summary>
    public string FirmwareVersion { get; init; } = "0.1.0-sim";

    /// <summary>Sensor calibration the rig reports in its status (<c>cal</c>), as the firmware reports its
    /// settings file's <c>calibration</c>. Default: uncalibrated (offsets 0 °C, no dates). The offsets are
    /// reported only; the plant's own sensor errors are set in <see cref="Plant"/>.</summary>
    public RigCalibration Calibration { get; init; } = RigCalibration.Uncalibrated;

    /// <summary>Physical constants of the simulated rig (bath start temperature, room, heater, ...).</summary>
    public PlantParameters Plant { get; init; } = PlantParameters.Default;

    /// <summary>Seed of the plant's sensor noise: equal seeds, equal runs.</summary>
    public int NoiseSeed { get; init; } = 1;

    /// <summary>Telemetry records in the RAM ring (lost at a reboot), 60..1,200.</summary>
    public int RamRecords { get; init; } = 300;

    /// <summary>Telemetry records in the flash log (kept across reboots), 600..43,200.</summary>
    public int FlashRecords { get; init; } = 3600;

    /// <summary>Simulated seconds a rebooting rig is dead (heater off, drum stopped) before it boots again.</summary>
    public double RebootOffSeconds { get; init; } = 5.0;

    /// <summary>Loops the simulated operator puts into the bath when the exposure starts (0: none).</summary>
    public int LoopCount { get; init; } = 6;

    /// <summary>Blood per loop, mL (DOMAIN: ≈ 7 mL in a 12 mL loop).</summary>
    public double BloodMillilitresPerLoop { get; init; } = 7.0;

    /// <summary>Temperature of the blood when loaded, °C (room temperature).</summary>
    public double BloodCelsius { get; init; } = 22.0;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!Control.Protocol.RigCommandProcessor.IsRigId(RigId))
        {
            throw new ArgumentException($"Rig id '{RigId}' is invalid: use 1-32 characters a-z, 0-9, '-' (e.g. rig-01).", nameof(RigId));
        }

        if (string.IsNullOrEmpty(FirmwareVersion) || FirmwareVersion.Length > 32)
        {
            throw new ArgumentException("The firmware version must have 1-32 characters.", nameof(FirmwareVersion));
        }

        if (RamRecords is < 60 or > 1200)
        {
            throw new ArgumentException($"RamRecords {RamRecords} is out of range 60..1200.", nameof(RamRecords));
        }

        if (FlashRecords is < 600 or > 43200)
        {
            throw new ArgumentException($"FlashRecords {FlashRecords} is out of range 600..43200.", nameof(FlashRecords));
        }

        if (!double.IsFinite(RebootOffSeconds) || RebootOffSeconds < 0)
        {
            throw new ArgumentException("RebootOffSeconds must be 0 or more seconds.", nameof(RebootOffSeconds));
        }

        if (LoopCount < 0 || !double.IsFinite(BloodMillilitresPerLoop) || BloodMillilitresPerLoop <= 0 || !double.IsFinite(BloodCelsius))
        {
            throw new ArgumentException("Loops: LoopCount ≥ 0, blood volume > 0 mL and a finite blood temperature are required.", nameof(LoopCount));
        }

        ValidateCalibration();
        Plant.Validate();
    }

    private void ValidateCalibration()
    {
        // As the firmware's settings validator: offsets within ±2 °C, due not before the calibration date.
        var limit = Control.Device.CalibrationSettings.MaximumOffsetCelsius;
        if (Calibration is null || !(Math.Abs(Calibration.ControlOffsetCelsius) <= limit)
            || !(Math.Abs(Calibration.SafetyOffsetCelsius) <= limit))
        {
            throw new ArgumentException($"Calibration offsets must be within ±{limit} °C.", nameof(Calibration));
        }

        if (Calibration.CalibratedOn is { } on && Calibration.DueOn is { } due && due < on)
        {
            throw new ArgumentException("The calibration due date must not be before the calibration date.", nameof(Calibration));
        }
    }
}
