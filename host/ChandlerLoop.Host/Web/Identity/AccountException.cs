namespace ChandlerLoop.Host.Web.Identity;

/// <summary>An account change that was refused; <see cref="Exception.Message"/> says what to do. Nothing was changed.</summary>
internal sealed class AccountException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccountException(string message)
        : base(message)
    {
    }
}
