using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Events;

/// <summary><c>autotune_result</c>: a relay autotune finished or was aborted (docs/temperature-control.md).</summary>
/// <param name="Completed">True when the autotune identified the plant and proposed gains.</param>
/// <param name="Reason">Why it ended: <see cref="AutotuneReason.Ok"/> exactly when completed.</param>
/// <param name="AmplitudeCelsius">Oscillation amplitude, °C, null when not completed.</param>
/// <param name="PeriodSeconds">Oscillation period, s, null when not completed.</param>
/// <param name="ProportionalGain">Proposed kp, duty/°C, null when not completed.</param>
/// <param name="IntegralGain">Proposed ki, duty/(°C·s), null when not completed.</param>
/// <param name="DerivativeGain">Proposed kd, duty·s/°C, null when not completed.</param>
public sealed record AutotuneResultEvent(
    string RigId, string? RunId, long EventSequence, double TimeSinceBootSeconds,
    bool Completed, AutotuneReason Reason, double? AmplitudeCelsius, double? PeriodSeconds,
    double? ProportionalGain, double? IntegralGain, double? DerivativeGain)
    : RigEvent(RigId, RunId, EventSequence, TimeSinceBootSeconds)
{
    /// <inheritdoc/>
    public override RigEventKind Kind => RigEventKind.AutotuneResult;
}
