namespace ChandlerLoop.Data.Entities;

/// <summary>The fluid the cells are suspended in when added to the blood (DOMAIN §2).</summary>
public enum Vehicle
{
    /// <summary>Blood-group AB plasma (warn with an O, A or B donor).</summary>
    AbPlasma,
    /// <summary>Human serum albumin solution.</summary>
    HumanSerumAlbumin,
    /// <summary>Phosphate-buffered saline.</summary>
    Pbs,
    /// <summary>Culture medium.</summary>
    Medium,
}
