namespace ChandlerLoop.Data.Entities;

/// <summary>Sex of a blood donor as recorded for the test report (DOMAIN §6).</summary>
public enum DonorSex
{
    /// <summary>Female.</summary>
    Female,
    /// <summary>Male.</summary>
    Male,
}
