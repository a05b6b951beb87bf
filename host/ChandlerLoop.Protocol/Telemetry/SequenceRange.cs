namespace ChandlerLoop.Protocol.Telemetry;

/// <summary>An inclusive range of telemetry sequence numbers, <see cref="First"/>..<see cref="Last"/>.</summary>
/// <param name="First">First sequence number in the range.</param>
/// <param name="Last">Last sequence number in the range (≥ <paramref name="First"/>).</param>
public readonly record struct SequenceRange(long First, long Last)
{
    /// <summary>How many sequence numbers the range holds.</summary>
    public long Count => Last - First + 1;

    /// <summary>True when <paramref name="sequence"/> is in the range.</summary>
    public bool Contains(long sequence) => sequence >= First && sequence <= Last;

    /// <summary><c>First..Last</c>, as in a back-fill detail.</summary>
    public override string ToString() => $"{First}..{Last}";
}
