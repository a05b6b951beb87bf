namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>Thrown when a run cannot be evaluated; nothing was stored. The message says why and what to do.</summary>
public sealed class AcceptanceRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AcceptanceRefusedException(AcceptanceRefusal refusal, string message, Exception? inner = null)
        : base(message, inner)
    {
        Refusal = refusal;
    }

    /// <summary>Why the evaluation was refused.</summary>
    public AcceptanceRefusal Refusal { get; }
}
