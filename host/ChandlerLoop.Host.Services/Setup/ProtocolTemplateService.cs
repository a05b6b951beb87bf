using ChandlerLoop.Data;
using ChandlerLoop.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>Protocol template versions; provides the default "MSC loop 30 min" v1 protocol.</summary>
public sealed class ProtocolTemplateService
{
    /// <summary>Name of the default template.</summary>
    public const string DefaultName = "MSC loop 30 min";

    /// <summary>Version of the default template.</summary>
    public const int DefaultVersion = 1;

    /// <summary>Sampling offsets of the default template, minutes after each loop's t0.</summary>
    public const string DefaultSamplingOffsetsMinutes = "0,15,30";

    /// <summary>Marker panel of the default template (analyte codes, see Results.MarkerUnits).</summary>
    public const string DefaultMarkerPanel = "PLT,TAT,C3a,sC5b-9,D-dimer";

    private readonly ChandlerDbContextFactory _databases;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    public ProtocolTemplateService(ChandlerDbContextFactory databases, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = databases;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Returns the id of "MSC loop 30 min" v1 (37 °C, 30 rpm, 30 min, samples at 0, 15, 30 min; panel PLT,
    /// TAT, C3a, sC5b-9, D-dimer; acceptance defaults of DOMAIN §5), creating it when missing. An existing
    /// template of that name and version is returned unchanged (versions are never edited in place).
    /// </summary>
    public async Task<long> EnsureDefaultTemplateAsync(CancellationToken ct = default)
    {
        var existing = await FindAsync(DefaultName, DefaultVersion, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing.Value;
        }

        await using var db = _databases.CreateDbContext();
        var template = new ProtocolTemplate
        {
            Name = DefaultName,
            Version = DefaultVersion,
            SetpointCelsius = 37.0,
            SpeedRpm = 30.0,
            DurationMinutes = 30.0,
            SamplingOffsetsMinutes = DefaultSamplingOffsetsMinutes,
            MarkerPanel = DefaultMarkerPanel,
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        db.ProtocolTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return template.Id;
        }
        catch (DbUpdateException)
        {
            // Another caller created it at the same moment (unique Name, Version): use theirs.
            return await FindAsync(DefaultName, DefaultVersion, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The default protocol template could not be created or found.");
        }
    }

    /// <summary>The template with this id, or null.</summary>
    public async Task<ProtocolTemplate?> GetAsync(long templateId, CancellationToken ct = default)
    {
        await using var db = _databases.CreateDbContext();
        return await db.ProtocolTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Parses a template's sampling offsets ("0,15,30", invariant culture) into minutes, in the stored order
    /// (the order defines Sample.ScheduleIndex). Returns null when the text is malformed.
    /// </summary>
    public static IReadOnlyList<double>? ParseSamplingOffsetsMinutes(string text)
    {
        var offsets = new List<double>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value < 0)
            {
                return null;
            }

            offsets.Add(value);
        }

        return offsets;
    }

    private async Task<long?> FindAsync(string name, int version, CancellationToken ct)
    {
        await using var db = _databases.CreateDbContext();
        return await db.ProtocolTemplates.AsNoTracking()
            .Where(t => t.Name == name && t.Version == version)
            .Select(t => (long?)t.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }
}
