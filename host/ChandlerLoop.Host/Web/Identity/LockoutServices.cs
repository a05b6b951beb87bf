using ChandlerLoop.Data;
using ChandlerLoop.Data.Security;

namespace ChandlerLoop.Host.Web.Identity;

/// <summary>Registers the sign-in lock-out (<see cref="SignInLockout"/>) of the web host.</summary>
internal static class LockoutServices
{
    /// <summary>
    /// Adds <see cref="SignInLockout"/> on the wall clock: a lock-out is a security measure in real
    /// minutes, not in the simulated time the rigs may run at (the injected <see cref="TimeProvider"/>).
    /// The audit entry of a lock-out is stamped with the injected clock, like every other record.
    /// </summary>
    public static void Add(IServiceCollection services) =>
        services.AddSingleton(sp => new SignInLockout(
            sp.GetRequiredService<ChandlerDbContextFactory>(), TimeProvider.System, sp.GetRequiredService<TimeProvider>()));
}
