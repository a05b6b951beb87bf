using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Thrown by <see cref="ProtocolJson.Encode"/> when a message would be refused by a reader: a value out of
/// range, a NaN, an invalid id, text that is too long. The message says which field and what is allowed;
/// <see cref="Reason"/> is the code a rig would answer with.
/// </summary>
public sealed class ProtocolEncodingException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ProtocolEncodingException(ProtocolReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>The reason code a reader would give for this message.</summary>
    public ProtocolReason Reason { get; }
}
