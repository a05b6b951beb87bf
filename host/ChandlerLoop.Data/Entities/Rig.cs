namespace ChandlerLoop.Data.Entities;

/// <summary>
/// A physical or virtual rig known to the host, with its last calibration (DOMAIN §6: instrument
/// calibration records are linked to each run).
/// </summary>
public sealed class Rig
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The rig id used on the wire (MQTT topic segment, docs/protocol.md); unique.</summary>
    public string RigKey { get; set; } = "";

    /// <summary>Human-readable name shown to users.</summary>
    public string Name { get; set; } = "";

    /// <summary>Firmware version last reported in the retained status; null until the rig reports.</summary>
    public string? FirmwareVersion { get; set; }

    /// <summary>Last time the host heard from the rig, UTC; null if never.</summary>
    public DateTime? LastSeenUtc { get; set; }

    /// <summary>Offset added to the control probe reading by the last calibration, °C.</summary>
    public double CalibrationTemperatureOffsetCelsius { get; set; }

    /// <summary>Identity of the traceable reference thermometer used for the last calibration.</summary>
    public string? CalibrationReferenceThermometer { get; set; }

    /// <summary>Drum speed measured by an external tachometer at 30 rpm set-point during calibration, rpm.</summary>
    public double? CalibrationTachometerSpeedRpm { get; set; }

    /// <summary>When the last calibration was done, UTC; null if never calibrated.</summary>
    public DateTime? CalibratedAtUtc { get; set; }

    /// <summary>When the next calibration is due, UTC.</summary>
    public DateTime? CalibrationDueUtc { get; set; }
}
