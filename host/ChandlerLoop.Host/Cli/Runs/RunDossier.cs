using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>
/// Everything recorded about one run, loaded read-only by <see cref="RunDossierLoader"/>: the run with
/// its rig, template and operator; loops with donors; samples, results, clot scores, deviations,
/// signatures, telemetry, rig events, the audit entries of the run and its records, and the audit
/// chain's head hash at load time. <c>runs show</c> prints it, <c>runs export</c> writes it.
/// </summary>
internal sealed class RunDossier
{
    /// <summary>The run (Rig, ProtocolTemplate and Operator loaded).</summary>
    public required Run Run { get; init; }

    /// <summary>Loops in position order (Donor loaded).</summary>
    public required IReadOnlyList<Loop> Loops { get; init; }

    /// <summary>Distinct donors of the loops.</summary>
    public required IReadOnlyList<Donor> Donors { get; init; }

    /// <summary>Samples by loop position then schedule index.</summary>
    public required IReadOnlyList<Sample> Samples { get; init; }

    /// <summary>Marker results (EnteredBy loaded).</summary>
    public required IReadOnlyList<MarkerResult> Results { get; init; }

    /// <summary>Clot scores (Scorer loaded).</summary>
    public required IReadOnlyList<ClotScore> ClotScores { get; init; }

    /// <summary>Deviations in recording order.</summary>
    public required IReadOnlyList<Deviation> Deviations { get; init; }

    /// <summary>Electronic signatures in signing order (User loaded).</summary>
    public required IReadOnlyList<ElectronicSignature> Signatures { get; init; }

    /// <summary>Telemetry points by sequence.</summary>
    public required IReadOnlyList<TelemetryPoint> Telemetry { get; init; }

    /// <summary>Rig events of the run by receipt.</summary>
    public required IReadOnlyList<RigEvent> Events { get; init; }

    /// <summary>Audit entries of the run and of its loops, samples, results, clot scores and deviations (also deleted ones).</summary>
    public required IReadOnlyList<AuditEntry> AuditEntries { get; init; }

    /// <summary>Hash of the newest audit entry when loaded (genesis hash when none).</summary>
    public required string AuditHeadHash { get; init; }

    /// <summary>Loop position of a loop id (0 when unknown).</summary>
    public int PositionOf(long loopId) => Loops.FirstOrDefault(l => l.Id == loopId)?.Position ?? 0;

    /// <summary>The sample with <paramref name="sampleId"/>, if it belongs to the run.</summary>
    public Sample? SampleOf(long sampleId) => Samples.FirstOrDefault(s => s.Id == sampleId);
}
