namespace ChandlerLoop.Host.Services.Review;

/// <summary>A signature or deviation disposition was refused; nothing was stored. The message says what to do.</summary>
public sealed class ReviewRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReviewRefusedException(ReviewRefusal refusal, string message)
        : base(message)
    {
        Refusal = refusal;
    }

    /// <summary>Which rule refused it.</summary>
    public ReviewRefusal Refusal { get; }
}
