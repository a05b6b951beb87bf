using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// The stored form of an evaluation (Run.AcceptanceJson): camelCase, properties in declaration order,
/// the criteria values used and every check with the values that decided it.
/// </summary>
/// <param name="RunKey">The run's key.</param>
/// <param name="Outcome">"pass" or "fail".</param>
/// <param name="EvaluatedAtUtc">When evaluated, UTC.</param>
/// <param name="EvaluatedBy">The user who asked for the evaluation.</param>
/// <param name="Criteria">The criteria values used.</param>
/// <param name="Checks">Every check.</param>
public sealed record AcceptanceRecord(
    string RunKey,
    string Outcome,
    DateTime EvaluatedAtUtc,
    string EvaluatedBy,
    AcceptanceCriteria Criteria,
    IReadOnlyList<AcceptanceCheck> Checks)
{
    /// <summary>The serializer options used for the stored JSON (stable camelCase, no indentation, readable °C and ≥).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    /// <summary>Serializes the record.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a stored record; null for null or empty text.</summary>
    public static AcceptanceRecord? FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<AcceptanceRecord>(json, JsonOptions);
}
