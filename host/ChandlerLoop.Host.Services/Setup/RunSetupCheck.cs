namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// The outcome of checking a set-up request without saving (<see cref="RunSetupService.CheckAsync"/>):
/// the same errors and warnings <see cref="RunSetupService.CreateDraftAsync"/> would report.
/// </summary>
/// <param name="Errors">Every problem that would refuse the draft (each says what is wrong and how to fix it).</param>
/// <param name="Warnings">Allowed values outside DOMAIN §2's warn ranges.</param>
public sealed record RunSetupCheck(IReadOnlyList<string> Errors, IReadOnlyList<SetupWarning> Warnings)
{
    /// <summary>True when the draft would be accepted.</summary>
    public bool IsValid => Errors.Count == 0;
}
