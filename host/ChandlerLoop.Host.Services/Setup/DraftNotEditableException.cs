namespace ChandlerLoop.Host.Services.Setup;

/// <summary>
/// A run's set-up cannot be changed (it is not a draft any more, pre-warming has started, it is locked,
/// or it does not exist); nothing was saved. The message says why and what to do instead.
/// </summary>
public sealed class DraftNotEditableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DraftNotEditableException(string message)
        : base(message)
    {
    }
}
