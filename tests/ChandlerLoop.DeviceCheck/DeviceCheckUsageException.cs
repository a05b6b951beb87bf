namespace ChandlerLoop.DeviceCheck;

/// <summary>
/// A problem with how the check was invoked (missing file, unknown reference, bad option). The
/// command line reports its message and exits with code 2.
/// </summary>
public sealed class DeviceCheckUsageException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public DeviceCheckUsageException(string message)
        : base(message)
    {
    }
}
