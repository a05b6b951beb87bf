using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Review;

/// <summary>
/// A stored electronic signature as 21 CFR 11.50 wants it shown: printed name, date and time (UTC) and
/// meaning; plus the run's state after signing.
/// </summary>
public sealed record SignatureRecord(long SignatureId, long RunId, string UserName, string PrintedName, DateTime SignedAtUtc, SignatureMeaning Meaning, RunState RunStateAfter);
