namespace ChandlerLoop.Protocol.Telemetry;

/// <summary>What a sequence tracker says about one received telemetry record.</summary>
public enum SequenceAcceptance
{
    /// <summary>Not seen before: store it.</summary>
    New,

    /// <summary>Already received (live or replay), or inside a gap given up to stay within memory: drop it.</summary>
    Duplicate,

    /// <summary>The sequence number is outside 1..2³¹−1: the record cannot be placed.</summary>
    Invalid,
}
