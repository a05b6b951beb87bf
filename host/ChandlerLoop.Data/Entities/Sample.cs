namespace ChandlerLoop.Data.Entities;

/// <summary>A blood sample taken from a loop at a planned offset from the loop's t0. Audited.</summary>
public sealed class Sample
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The loop sampled.</summary>
    public long LoopId { get; set; }

    /// <summary>Navigation to the loop.</summary>
    public Loop? Loop { get; set; }

    /// <summary>Planned offset from the loop's t0, minutes (0 = baseline).</summary>
    public double PlannedOffsetMinutes { get; set; }

    /// <summary>When the sample was actually taken, UTC; null until taken.</summary>
    public DateTime? TakenAtUtc { get; set; }

    /// <summary>Tube barcode or label.</summary>
    public string? TubeId { get; set; }

    /// <summary>Index of this time point in the protocol's sampling schedule (0-based; the rig's `sample` index).</summary>
    public int ScheduleIndex { get; set; }

    /// <summary>Exposure time at acknowledgement as reported by the rig, seconds; null until taken.</summary>
    public double? ActualExposureSeconds { get; set; }

    /// <summary>Volume drawn, millilitres.</summary>
    public double? VolumeMilliliters { get; set; }

    /// <summary>When the sample went into EDTA on ice, UTC.</summary>
    public DateTime? OnIceAtUtc { get; set; }

    /// <summary>When the sample was centrifuged, UTC (complement markers need ≤ 1 h, DOMAIN §5).</summary>
    public DateTime? CentrifugedAtUtc { get; set; }

    /// <summary>Plasma storage temperature, °C (≤ −70 expected, DOMAIN §2).</summary>
    public double? StorageTemperatureCelsius { get; set; }
}
