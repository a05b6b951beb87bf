namespace ChandlerLoop.Data.Security;

/// <summary>The result of a password check by <see cref="SignInLockout"/>.</summary>
/// <param name="Outcome">Signed in, refused or locked.</param>
/// <param name="UserId">The account's key when <see cref="SignInOutcome.Succeeded"/>, else null.</param>
/// <param name="LockedUntilUtc">End of the lock-out when <see cref="SignInOutcome.LockedOut"/>, UTC, else null.</param>
public sealed record SignInCheck(SignInOutcome Outcome, long? UserId, DateTime? LockedUntilUtc);
