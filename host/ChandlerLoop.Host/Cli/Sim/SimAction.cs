namespace ChandlerLoop.Host.Cli.Sim;

/// <summary>
/// One scheduled simulator event: at <see cref="AtSeconds"/> of simulated time, on rig
/// <see cref="RigId"/>, do <see cref="Kind"/> (a fault name, "drop" or "reboot"); for "drop",
/// <see cref="DurationSeconds"/> is how long the network stays down.
/// </summary>
internal sealed record SimAction(double AtSeconds, string RigId, string Kind, double DurationSeconds, string Source);
