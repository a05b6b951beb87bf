using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Pages.Users;

/// <summary>The new-account form's fields.</summary>
public sealed class NewUserInput
{
    /// <summary>Login name.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Printed full name.</summary>
    public string FullName { get; set; } = "";

    /// <summary>Role.</summary>
    public UserRole Role { get; set; } = UserRole.Operator;

    /// <summary>Password.</summary>
    public string Password { get; set; } = "";

    /// <summary>Password again.</summary>
    public string PasswordAgain { get; set; } = "";
}
