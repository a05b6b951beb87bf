using System.Globalization;
using System.Text.Json;
using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// The protocol a run was set up with, read from <see cref="Run.ProtocolSnapshotJson"/>: a JSON object
/// with <see cref="ProtocolTemplate"/> property names (any case). <c>SamplingOffsetsMinutes</c> may be the
/// template's comma-separated text or an array of numbers. A field missing from the snapshot (or an empty
/// snapshot) is taken from the template row, so a run always starts with the values it was set up with.
/// </summary>
internal sealed record ProtocolSnapshot(
    double SetpointCelsius,
    double SpeedRpm,
    double DurationMinutes,
    IReadOnlyList<double> SamplingOffsetsMinutes,
    double PrewarmBandCelsius,
    double PrewarmHoldSeconds)
{
    /// <summary>Reads the snapshot; throws <see cref="FormatException"/> when it is not readable.</summary>
    public static ProtocolSnapshot Read(string? json, ProtocolTemplate template)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(json))
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        values[property.Name] = property.Value.Clone();
                    }
                }
            }
            catch (JsonException exception)
            {
                throw new FormatException("The run's protocol snapshot is not valid JSON: " + exception.Message, exception);
            }
        }

        double Number(string name, double fallback) =>
            values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : fallback;

        var offsets = values.TryGetValue(nameof(ProtocolTemplate.SamplingOffsetsMinutes), out var raw)
            ? raw.ValueKind switch
            {
                JsonValueKind.Array => raw.EnumerateArray().Select(e => e.GetDouble()).ToArray(),
                JsonValueKind.String => ParseOffsets(raw.GetString()),
                _ => ParseOffsets(template.SamplingOffsetsMinutes),
            }
            : ParseOffsets(template.SamplingOffsetsMinutes);
        return new ProtocolSnapshot(
            Number(nameof(ProtocolTemplate.SetpointCelsius), template.SetpointCelsius),
            Number(nameof(ProtocolTemplate.SpeedRpm), template.SpeedRpm),
            Number(nameof(ProtocolTemplate.DurationMinutes), template.DurationMinutes),
            offsets,
            Number(nameof(ProtocolTemplate.PrewarmBandCelsius), template.PrewarmBandCelsius),
            Number(nameof(ProtocolTemplate.PrewarmHoldSeconds), template.PrewarmHoldSeconds));
    }

    /// <summary>Offsets in minutes from the template's comma-separated text ("0,15,30").</summary>
    public static double[] ParseOffsets(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture))
                .ToArray();
}
