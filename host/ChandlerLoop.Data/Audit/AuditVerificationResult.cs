namespace ChandlerLoop.Data.Audit;

/// <summary>Outcome of <see cref="AuditVerifier.VerifyAsync"/>.</summary>
/// <param name="IsIntact">True when every entry's hash and link check out.</param>
/// <param name="EntriesChecked">Entries read (up to and including the first broken one).</param>
/// <param name="FirstBrokenEntryId">Id of the first entry that fails; null when intact.</param>
/// <param name="Problem">What is wrong with it, for the user; null when intact.</param>
/// <param name="HeadHash">Hash of the last entry (genesis hash when empty); record it elsewhere to detect truncation.</param>
public sealed record AuditVerificationResult(bool IsIntact, long EntriesChecked, long? FirstBrokenEntryId, string? Problem, string HeadHash);
