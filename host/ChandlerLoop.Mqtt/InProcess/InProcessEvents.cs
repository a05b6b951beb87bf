namespace ChandlerLoop.Mqtt;

/// <summary>Raises the client events: each handler in turn, awaited; a handler's exception does not stop the others or the client.</summary>
internal static class InProcessEvents
{
    public static async Task RaiseAsync<TEventArgs>(Func<TEventArgs, Task>? handlers, TEventArgs args)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                await ((Func<TEventArgs, Task>)handler)(args).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failing application handler must not break message delivery (as in MqttClient).
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
