namespace ChandlerLoop.Data.Entities;

/// <summary>An event published by a rig (state change, fault, sample due, ...), kept as received.</summary>
public sealed class RigEvent
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The rig.</summary>
    public long RigId { get; set; }

    /// <summary>Navigation to the rig.</summary>
    public Rig? Rig { get; set; }

    /// <summary>The run, when the event belongs to one.</summary>
    public long? RunId { get; set; }

    /// <summary>Navigation to the run.</summary>
    public Run? Run { get; set; }

    /// <summary>Event kind (protocol name, e.g. "state_changed").</summary>
    public string Kind { get; set; } = "";

    /// <summary>Rig time since boot, s.</summary>
    public double TimeSinceBootSeconds { get; set; }

    /// <summary>When the host received it, UTC.</summary>
    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>The event's JSON payload as received.</summary>
    public string PayloadJson { get; set; } = "{}";
}
