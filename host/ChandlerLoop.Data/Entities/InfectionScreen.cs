namespace ChandlerLoop.Data.Entities;

/// <summary>Result of a donor's infection screen (e.g. HIV, HBV, HCV) for the test report (DOMAIN §6 [S19]).</summary>
public enum InfectionScreen
{
    /// <summary>Screened, all negative.</summary>
    Negative,
    /// <summary>Screened, a result pending.</summary>
    Pending,
    /// <summary>Screened, a marker positive (the blood must not be used).</summary>
    Positive,
}
