using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// A stretch of rig time inside the exposure window during which one stored record holds (its values
/// hold until the next record), or during which records are missing (<see cref="Record"/> null).
/// </summary>
/// <param name="StartRigSeconds">Start, rig time since boot, s.</param>
/// <param name="EndRigSeconds">End (exclusive), rig time since boot, s.</param>
/// <param name="Record">The record that holds; null for a stretch whose records were lost.</param>
internal readonly record struct TelemetrySegment(double StartRigSeconds, double EndRigSeconds, TelemetryPoint? Record)
{
    /// <summary>Length of the segment, s.</summary>
    public double Seconds => EndRigSeconds - StartRigSeconds;
}
