namespace ChandlerLoop.Data.Entities;

/// <summary>What a user may do (DOMAIN §6: individual accounts with roles).</summary>
public enum UserRole
{
    /// <summary>Sets up and performs runs, enters results.</summary>
    Operator,
    /// <summary>Reviews and approves runs.</summary>
    LabManager,
    /// <summary>Manages users and configuration.</summary>
    Admin,
}
