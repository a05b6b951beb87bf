using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Messages.Commands;

/// <summary>
/// <c>start_prewarm</c>: begin a run: heat to the set-point and wait for the temperature gate. The optional
/// wire fields have defaults; a reader fills in the default when a field is absent, and the canonical
/// writer always writes them (docs/protocol.md, "Canonical form").
/// </summary>
/// <param name="RunId">Run id, 1–40 characters of <c>A-Za-z0-9-_</c>.</param>
/// <param name="SetpointCelsius">Exposure temperature, 20–42 °C (and below the rig's limit minus 1 °C).</param>
/// <param name="SpeedRpm">Drum speed, 1–60 rpm.</param>
/// <param name="ExposureMinutes">Exposure duration from t0, 1–240 min.</param>
/// <param name="SampleOffsetsMinutes">0–16 sample offsets from t0, min, ascending, distinct, each 0..exposure.</param>
/// <param name="StabilityBandCelsius">Temperature gate half-width, 0.05–1.0 °C; default 0.3 °C.</param>
/// <param name="StabilityHoldSeconds">Time the temperature must stay in the band, 0–3600 s; default 300 s.</param>
/// <param name="RotateWhileSampling">Keep the drum turning while a sample is due; default true.</param>
public sealed record StartPrewarmCommand(
    string RigId,
    string CommandId,
    string RunId,
    double SetpointCelsius,
    double SpeedRpm,
    double ExposureMinutes,
    IReadOnlyList<double> SampleOffsetsMinutes,
    double StabilityBandCelsius = StartPrewarmCommand.DefaultStabilityBandCelsius,
    double StabilityHoldSeconds = StartPrewarmCommand.DefaultStabilityHoldSeconds,
    bool RotateWhileSampling = true) : RigCommand(RigId, CommandId)
{
    /// <summary>Default temperature gate half-width, °C.</summary>
    public const double DefaultStabilityBandCelsius = 0.3;

    /// <summary>Default temperature gate hold time, s.</summary>
    public const double DefaultStabilityHoldSeconds = 300;

    /// <inheritdoc/>
    public override RigCommandKind Kind => RigCommandKind.StartPrewarm;

    /// <summary>Value equality, comparing the sample offsets element by element.</summary>
    public bool Equals(StartPrewarmCommand? other) =>
        other is not null
        && base.Equals(other)
        && RunId == other.RunId
        && SetpointCelsius.Equals(other.SetpointCelsius)
        && SpeedRpm.Equals(other.SpeedRpm)
        && ExposureMinutes.Equals(other.ExposureMinutes)
        && SampleOffsetsMinutes.SequenceEqual(other.SampleOffsetsMinutes)
        && StabilityBandCelsius.Equals(other.StabilityBandCelsius)
        && StabilityHoldSeconds.Equals(other.StabilityHoldSeconds)
        && RotateWhileSampling.Equals(other.RotateWhileSampling);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), RunId, SetpointCelsius, SpeedRpm, ExposureMinutes, SampleOffsetsMinutes.Count);
}
