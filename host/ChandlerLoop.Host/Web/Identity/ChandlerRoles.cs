using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>
/// Role names as they appear in the sign-in cookie (the <see cref="UserRole"/> names) and the role
/// sets pages ask for with <c>[Authorize(Roles = ...)]</c>. Each account has exactly one role.
/// </summary>
internal static class ChandlerRoles
{
    /// <summary>Sets up and performs runs, enters results.</summary>
    public const string Operator = nameof(UserRole.Operator);

    /// <summary>Reviews and approves runs.</summary>
    public const string LabManager = nameof(UserRole.LabManager);

    /// <summary>Manages accounts and configuration.</summary>
    public const string Admin = nameof(UserRole.Admin);

    /// <summary>Operators and lab managers: the lab's own work (runs, results, reports).</summary>
    public const string Lab = Operator + "," + LabManager;

    /// <summary>Everyone signed in.</summary>
    public const string Anyone = Operator + "," + LabManager + "," + Admin;

    /// <summary>Lab managers and admins: audit trail.</summary>
    public const string Oversight = LabManager + "," + Admin;

    /// <summary>Text for people: "lab manager".</summary>
    public static string Display(UserRole role) => role switch
    {
        UserRole.Operator => "operator",
        UserRole.LabManager => "lab manager",
        UserRole.Admin => "admin",
        _ => role.ToString(),
    };
}
