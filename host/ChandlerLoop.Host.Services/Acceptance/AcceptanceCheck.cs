namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// One line of the acceptance checklist: what was checked, the deciding value against its limit, and the
/// values that decided it. A check whose inputs are missing is not evaluable and does not pass.
/// </summary>
/// <param name="Code">Machine-readable code (see <see cref="AcceptanceCheckCodes"/>); also the code of the deviation a failure records.</param>
/// <param name="Title">Human-readable title, e.g. "Temperature within 37.0 ± 0.5 °C".</param>
/// <param name="Passed">True when the criterion is met.</param>
/// <param name="Evaluable">False when the inputs needed were missing (then <paramref name="Passed"/> is false unless the check is optional).</param>
/// <param name="Value">The deciding value (the worst one where several loops or samples are checked); null when not evaluable.</param>
/// <param name="Limit">The limit, as shown to a reviewer, e.g. "≥ 95", "≤ 60", "150–400".</param>
/// <param name="Unit">Unit of <paramref name="Value"/> and <paramref name="Limit"/>.</param>
/// <param name="Detail">The values that decided the check, or why it could not be evaluated.</param>
public sealed record AcceptanceCheck(
    string Code,
    string Title,
    bool Passed,
    bool Evaluable,
    double? Value,
    string Limit,
    string Unit,
    string Detail);
