namespace ChandlerLoop.Host.Tests.Infrastructure;

/// <summary>A clock that says what it is told (tests never read the real time).</summary>
internal sealed class FixedClock : TimeProvider
{
    public FixedClock(DateTimeOffset now) => Now = now;

    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
