namespace ChandlerLoop.Host.Services.Setup;

/// <summary>The draft run created by <see cref="RunSetupService.CreateDraftAsync"/> and the warnings to show the operator.</summary>
public sealed record RunSetupResult(long RunId, string RunKey, IReadOnlyList<SetupWarning> Warnings);
