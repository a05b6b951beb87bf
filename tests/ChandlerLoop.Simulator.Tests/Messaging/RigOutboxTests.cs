using ChandlerLoop.Simulator.Messaging;

namespace ChandlerLoop.Simulator.Tests.Messaging;

public sealed class RigOutboxTests
{
    [Fact]
    public void A_full_outbox_drops_the_oldest_message_like_the_firmware_queue()
    {
        var outbox = new RigOutbox(3);
        for (byte i = 1; i <= 5; i++)
        {
            Assert.True(outbox.Enqueue(RigMessageKind.Telemetry, [i, 0], 1));
        }

        Assert.Equal(2, outbox.Dropped);
        Assert.True(outbox.TryPeek(out OutboxMessage oldest));
        Assert.Equal([3], oldest.Payload);
    }

    [Fact]
    public void A_message_longer_than_a_slot_is_refused() =>
        Assert.False(new RigOutbox().Enqueue(RigMessageKind.Event, new byte[RigOutbox.SlotBytes + 1], RigOutbox.SlotBytes + 1));
}
