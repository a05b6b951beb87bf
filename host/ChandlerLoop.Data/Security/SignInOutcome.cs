namespace ChandlerLoop.Data.Security;

/// <summary>What a password check by <see cref="SignInLockout"/> decided.</summary>
public enum SignInOutcome
{
    /// <summary>The password is right and the account active and not locked.</summary>
    Succeeded,

    /// <summary>Unknown login name, disabled account or wrong password (deliberately not told apart).</summary>
    Failed,

    /// <summary>The account is locked; the password was not checked.</summary>
    LockedOut,
}
