namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// A setup value that is allowed but outside DOMAIN §2's "warn" range (a protocol deviation to justify).
/// <paramref name="Code"/> is stable (e.g. "dose_high", "abo_vehicle"); <paramref name="Field"/> names the
/// request field (e.g. "Loops[position 3].DoseCellsPerMilliliter"); <paramref name="Message"/> explains.
/// </summary>
public sealed record SetupWarning(string Code, string Field, string Message);
