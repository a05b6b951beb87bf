namespace ChandlerLoop.Host.Services.Setup;

/// <summary>The donor age bands a report may show (decades; never a birth date, so the donor stays pseudonymous).</summary>
public static class DonorAgeBands
{
    /// <summary>Every band, youngest first.</summary>
    public static IReadOnlyList<string> All { get; } = ["18-29", "30-39", "40-49", "50-59", "60-69", "70+"];
}
