namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>The result of one acceptance evaluation: pass only when every check passed.</summary>
/// <param name="Criteria">The criteria values used.</param>
/// <param name="Checks">Every check, in a fixed order.</param>
public sealed record AcceptanceReport(AcceptanceCriteria Criteria, IReadOnlyList<AcceptanceCheck> Checks)
{
    /// <summary>Stored value of a passing run.</summary>
    public const string PassOutcome = "pass";

    /// <summary>Stored value of a failing run.</summary>
    public const string FailOutcome = "fail";

    /// <summary>"pass" when every check passed, else "fail".</summary>
    public string Outcome => Passed ? PassOutcome : FailOutcome;

    /// <summary>True when every check passed.</summary>
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>The checks that did not pass.</summary>
    public IReadOnlyList<AcceptanceCheck> FailedChecks => Checks.Where(c => !c.Passed).ToList();

    /// <summary>The check with this code, or null.</summary>
    public AcceptanceCheck? Check(string code) => Checks.FirstOrDefault(c => c.Code == code);
}
