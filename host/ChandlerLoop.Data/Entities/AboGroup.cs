namespace ChandlerLoop.Data.Entities;

/// <summary>ABO blood group of a donor; <see cref="Unknown"/> until typed.</summary>
public enum AboGroup
{
    /// <summary>Not typed.</summary>
    Unknown,
    /// <summary>Group O.</summary>
    O,
    /// <summary>Group A.</summary>
    A,
    /// <summary>Group B.</summary>
    B,
    /// <summary>Group AB.</summary>
    AB,
}
