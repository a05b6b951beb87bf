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
}
