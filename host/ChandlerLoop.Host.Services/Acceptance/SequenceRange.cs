namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>An inclusive range of missing telemetry sequence numbers.</summary>
/// <param name="From">First missing sequence number.</param>
/// <param name="To">Last missing sequence number.</param>
public readonly record struct SequenceRange(long From, long To)
{
    /// <summary>Number of records in the range.</summary>
    public long Count => To - From + 1;

    /// <inheritdoc/>
    public override string ToString() => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : From + "–" + To;
}
