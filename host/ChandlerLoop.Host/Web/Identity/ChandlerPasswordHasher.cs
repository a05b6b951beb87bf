using ChandlerLoop.Data.Security;
using Microsoft.AspNetCore.Identity;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>Identity's password hasher over the project's PBKDF2 <see cref="PasswordHasher"/>, so
/// accounts made by <c>chandler users add</c> sign in on the web and the other way round.</summary>
internal sealed class ChandlerPasswordHasher : IPasswordHasher<ChandlerIdentityUser>
{
    /// <inheritdoc />
    public string HashPassword(ChandlerIdentityUser user, string password) => PasswordHasher.Hash(password);

    /// <inheritdoc />
    public PasswordVerificationResult VerifyHashedPassword(ChandlerIdentityUser user, string hashedPassword, string providedPassword) =>
        PasswordHasher.Verify(providedPassword, hashedPassword) ? PasswordVerificationResult.Success : PasswordVerificationResult.Failed;
}
