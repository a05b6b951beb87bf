using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>Protocol messages as a rig would send them, for tests that publish without a virtual rig.</summary>
internal static class Messages
{
    /// <summary>A pre-warming record; the rig time is the sequence number (1 Hz from boot) so replays carry the same values.</summary>
    public static TelemetryRecord Telemetry(string rigKey, string? runKey, long sequence, bool replay = false) =>
        new(rigKey, runKey, sequence, sequence, RigState.PreWarming, 36.2, 36.1, 37.0, 0.42, 30.0, 30.0, 0.0, RigFault.None, replay);
}
