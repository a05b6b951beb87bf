using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary><c>set_gains</c>: replace the temperature PID gains (not while running or sample due).</summary>
/// <param name="ProportionalGain">kp, duty per °C of error, 0–10.</param>
/// <param name="IntegralGain">ki, duty per (°C·s), 0–1.</param>
/// <param name="DerivativeGain">kd, duty·s per °C, 0–1000.</param>
/// <param name="MaximumDutyCycle">Heater duty ceiling, 0.05–1; default 1 (always written).</param>
public sealed record SetGainsCommand(
    string RigId,
    string CommandId,
    double ProportionalGain,
    double IntegralGain,
    double DerivativeGain,
    double MaximumDutyCycle = 1.0) : RigCommand(RigId, CommandId)
{
    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.SetGains;
}
