namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>Starts the <see cref="RigRuntime"/> with the web app and stops it with it.</summary>
internal sealed class RigRuntimeHostedService : IHostedService
{
    private readonly RigRuntime _runtime;

    /// <summary>Creates the service.</summary>
    public RigRuntimeHostedService(RigRuntime runtime) => _runtime = runtime;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => _runtime.StartAsync(cancellationToken);

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await _runtime.DisposeAsync().ConfigureAwait(false);
}
