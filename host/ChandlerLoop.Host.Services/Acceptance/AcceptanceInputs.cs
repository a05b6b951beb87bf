using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Everything an acceptance evaluation reads about one run (loaded by <see cref="AcceptanceService"/>, or built by a test).</summary>
public sealed record AcceptanceInputs
{
    /// <summary>The run (t0 = <see cref="Run.LoadedAtUtc"/>).</summary>
    public required Run Run { get; init; }

    /// <summary>All stored telemetry records of the run, any order.</summary>
    public IReadOnlyList<TelemetryPoint> Telemetry { get; init; } = [];

    /// <summary>The rig events of the run (state_changed carries the exposure clock when telemetry is missing).</summary>
    public IReadOnlyList<RigEvent> Events { get; init; } = [];

    /// <summary>The loops of the run.</summary>
    public IReadOnlyList<Loop> Loops { get; init; } = [];

    /// <summary>The samples of the run's loops.</summary>
    public IReadOnlyList<Sample> Samples { get; init; } = [];

    /// <summary>The marker results of those samples.</summary>
    public IReadOnlyList<MarkerResult> Results { get; init; } = [];

    /// <summary>The donors of the loops.</summary>
    public IReadOnlyList<Donor> Donors { get; init; } = [];
}
