namespace ChandlerLoop.Data.Entities;

/// <summary>Meaning of an electronic signature (21 CFR 11.50(a)(3)).</summary>
public enum SignatureMeaning
{
    /// <summary>Performed the run.</summary>
    PerformedBy,
    /// <summary>Reviewed the record.</summary>
    ReviewedBy,
    /// <summary>Approved the record (locks the run).</summary>
    ApprovedBy,
}
