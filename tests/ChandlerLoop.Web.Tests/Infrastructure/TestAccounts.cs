using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Web.Tests.Infrastructure;

/// <summary>The accounts the fixture creates (one per role, two lab managers).</summary>
public static class TestAccounts
{
    /// <summary>Admin.</summary>
    public static readonly TestAccount Admin = new("ada.admin", "Ada Admin", UserRole.Admin, "admin-password-1");

    /// <summary>Operator.</summary>
    public static readonly TestAccount Operator = new("olga.operator", "Olga Operator", UserRole.Operator, "operator-password-1");

    /// <summary>Lab manager.</summary>
    public static readonly TestAccount Manager = new("mark.manager", "Mark Manager", UserRole.LabManager, "manager-password-1");

    /// <summary>A second lab manager: approves what <see cref="Manager"/> reviewed (four-eyes rule).</summary>
    public static readonly TestAccount SecondManager = new("lena.lead", "Lena Lead", UserRole.LabManager, "manager-password-2");

    /// <summary>All of them.</summary>
    public static IReadOnlyList<TestAccount> All => [Admin, Operator, Manager, SecondManager];
}

/// <summary>A test account.</summary>
/// <param name="UserName">Login name.</param>
/// <param name="FullName">Printed name.</param>
/// <param name="Role">Role.</param>
/// <param name="Password">Password.</param>
public sealed record TestAccount(string UserName, string FullName, UserRole Role, string Password);
