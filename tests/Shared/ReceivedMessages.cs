using System.Text;
using System.Threading.Channels;

namespace ChandlerLoop.Mqtt.Testing;

/// <summary>Records what a client receives, to await in tests (hand-written fake handler).</summary>
internal sealed class ReceivedMessages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly Channel<MqttApplicationMessage> _messages = System.Threading.Channels.Channel.CreateUnbounded<MqttApplicationMessage>();

    public ReceivedMessages(IMqttClient client)
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            _messages.Writer.TryWrite(e.ApplicationMessage);
            return Task.CompletedTask;
        };
    }

    public static string Text(MqttApplicationMessage message) => Encoding.UTF8.GetString(message.Payload.Span);

    /// <summary>The next message; fails the test after 10 s.</summary>
    public async Task<MqttApplicationMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await _messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No message arrived within 10 s.");
        }
    }

    /// <summary>The next <paramref name="count"/> payloads as text.</summary>
    public async Task<List<string>> NextTextsAsync(int count)
    {
        var texts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            texts.Add(Text(await NextAsync()));
        }

        return texts;
    }

    /// <summary>True if nothing arrives within <paramref name="milliseconds"/> (broker deliveries are asynchronous).</summary>
    public async Task<bool> NothingWithinAsync(int milliseconds = 200)
    {
        using var timeout = new CancellationTokenSource(milliseconds);
        try
        {
            await _messages.Reader.WaitToReadAsync(timeout.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
