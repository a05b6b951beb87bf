namespace ChandlerLoop.Protocol.Validation;

/// <summary>
/// How one integer field is checked: its inclusive range. On the wire an integer is a JSON number with an
/// integral value (<c>3</c> or <c>3.0</c>); <c>3.5</c> is <c>wrong_field_type</c> (docs/protocol.md, "Numbers").
/// </summary>
/// <param name="Field">Wire name, e.g. <c>seq</c>.</param>
/// <param name="Minimum">Smallest allowed value.</param>
/// <param name="Maximum">Largest allowed value.</param>
/// <param name="Unit">Unit text for messages, e.g. <c>s</c>; empty when the integer is a count or index.</param>
public sealed record IntegerRule(string Field, long Minimum, long Maximum, string Unit = "")
{
    /// <summary>Null when <paramref name="value"/> is allowed; otherwise a sentence saying why not.</summary>
    public string? Check(long value) =>
        value >= Minimum && value <= Maximum
            ? null
            : $"{Field} {value} is outside {Minimum}..{Maximum}{(Unit.Length == 0 ? string.Empty : " " + Unit)}";
}
