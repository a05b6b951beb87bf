namespace ChandlerLoop.Mqtt.Client;

/// <summary>Invokes every handler of an async event in turn; a throwing handler does not stop the others.</summary>
internal static class MqttEventInvoker
{
    public static async ValueTask InvokeAsync<TArgs>(Func<TArgs, Task>? handlers, TArgs args)
    {
        if (handlers is null)
        {
            return;
        }

        if (handlers.HasSingleTarget)
        {
            await InvokeOneAsync(handlers, args).ConfigureAwait(false);
            return;
        }

        foreach (Delegate handler in handlers.GetInvocationList())
        {
            await InvokeOneAsync((Func<TArgs, Task>)handler, args).ConfigureAwait(false);
        }
    }

    private static async ValueTask InvokeOneAsync<TArgs>(Func<TArgs, Task> handler, TArgs args)
    {
        try
        {
            await handler(args).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A user's handler must not be able to kill the client's loops.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Application handlers own their errors; the client keeps running (a QoS 1 message is still acknowledged).
        }
    }
}
