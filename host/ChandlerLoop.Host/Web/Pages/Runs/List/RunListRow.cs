using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Runs.List;

/// <summary>One row of the runs list.</summary>
/// <param name="Id">The run's id (links to /runs/{id}).</param>
/// <param name="RunKey">The run's key.</param>
/// <param name="RigKey">The rig.</param>
/// <param name="State">The run's state.</param>
/// <param name="OperatorName">The operator's login name.</param>
/// <param name="CreatedAtUtc">When set up, UTC.</param>
/// <param name="LoadedAtUtc">When loaded (t0), UTC.</param>
/// <param name="EndedAtUtc">When ended, UTC.</param>
/// <param name="Acceptance">"pass", "fail" or "not evaluated".</param>
/// <param name="IsLocked">True once approved.</param>
/// <param name="IsSimulated">True for a simulated run.</param>
/// <param name="Products">The cell products of the run's loops, comma-separated.</param>
public sealed record RunListRow(
    long Id,
    string RunKey,
    string RigKey,
    RunState State,
    string OperatorName,
    DateTime CreatedAtUtc,
    DateTime? LoadedAtUtc,
    DateTime? EndedAtUtc,
    string Acceptance,
    bool IsLocked,
    bool IsSimulated,
    string Products);
