namespace ChandlerLoop.Host.Services.Tests.Infrastructure;

/// <summary>Polling for delivery: messages and writes happen on other threads.</summary>
internal static class Wait
{
    /// <summary>Polls <paramref name="condition"/> every 10 ms for up to 10 s of wall time; fails the test after that.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("Timed out waiting for " + what + ".");
    }

    /// <summary>As <see cref="UntilAsync(Func{bool}, string)"/> for an asynchronous condition (e.g. a database query).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("Timed out waiting for " + what + ".");
    }
}
