namespace ChandlerLoop.Data.Entities;

/// <summary>
/// One run: one rig session with several loops. Keeps a JSON snapshot of the protocol version used
/// (<see cref="ProtocolSnapshotJson"/>) so the record is complete on its own. When
/// <see cref="IsLocked"/> is true (approved), the context refuses any change to the run or its results.
/// </summary>
public sealed class Run
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The run id used on the wire (docs/protocol.md); unique.</summary>
    public string RunKey { get; set; } = "";

    /// <summary>The rig the run is on.</summary>
    public long RigId { get; set; }

    /// <summary>Navigation to the rig.</summary>
    public Rig? Rig { get; set; }

    /// <summary>The protocol version the run was set up from.</summary>
    public long ProtocolTemplateId { get; set; }

    /// <summary>Navigation to the protocol version.</summary>
    public ProtocolTemplate? ProtocolTemplate { get; set; }

    /// <summary>The protocol as it was when the run was set up, JSON.</summary>
    public string ProtocolSnapshotJson { get; set; } = "{}";

    /// <summary>The operator (user) who performs the run.</summary>
    public long OperatorUserId { get; set; }

    /// <summary>Navigation to the operator.</summary>
    public User? Operator { get; set; }

    /// <summary>Current state.</summary>
    public RunState State { get; set; }

    /// <summary>When the run was set up, UTC.</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When pre-warming started, UTC.</summary>
    public DateTime? PrewarmStartedAtUtc { get; set; }

    /// <summary>When the rig confirmed loading (run t0), UTC.</summary>
    public DateTime? LoadedAtUtc { get; set; }

    /// <summary>When the run ended (completed, aborted or faulted), UTC.</summary>
    public DateTime? EndedAtUtc { get; set; }

    /// <summary>Why the run was aborted or faulted; null otherwise.</summary>
    public string? EndReason { get; set; }

    /// <summary>Free-text notes (audited).</summary>
    public string? Notes { get; set; }

    /// <summary>True once approved: nothing of the run or its results may change.</summary>
    public bool IsLocked { get; set; }

    /// <summary>True for runs made by the simulator or the demo: every view and export marks them as simulated.</summary>
    public bool IsSimulated { get; set; }

    /// <summary>When the rig reported ready (temperature gate passed), UTC.</summary>
    public DateTime? ReadyAtUtc { get; set; }

    /// <summary>Outcome of the last acceptance evaluation: null (not evaluated), "pass" or "fail".</summary>
    public string? AcceptanceOutcome { get; set; }

    /// <summary>When acceptance was last evaluated, UTC.</summary>
    public DateTime? AcceptanceEvaluatedAtUtc { get; set; }

    /// <summary>The acceptance checklist of the last evaluation (criteria, limits and the values that decided them), JSON.</summary>
    public string? AcceptanceJson { get; set; }

    /// <summary>Tubing material, e.g. "PVC"; null when not recorded.</summary>
    public string? TubingMaterial { get; set; }

    /// <summary>Tubing surface coating, e.g. "heparin (Corline)" or "none"; null when not recorded.</summary>
    public string? TubingCoating { get; set; }

    /// <summary>Tubing inner diameter, mm (hard 2–8); null for runs set up before it was a column (see the protocol snapshot).</summary>
    public double? TubingInnerDiameterMillimeters { get; set; }

    /// <summary>Loop length, cm (hard 10–100); null for runs set up before it was a column (see the protocol snapshot).</summary>
    public double? LoopLengthCentimeters { get; set; }
}
