using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Topics;
using FsCheck;
using FsCheck.Fluent;

namespace ChandlerLoop.Protocol.Tests.Json;

public sealed class ProtocolPropertyTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static readonly string[] Topics =
    [
        "chandler/v1/rig-01/status", "chandler/v1/rig-01/telemetry", "chandler/v1/rig-01/events",
        "chandler/v1/rig-01/commands",
    ];

    [Fact]
    public void Random_valid_messages_round_trip_through_encode_and_decode()
    {
        Check.One(Many, Prop.ForAll(MessageGenerators.Message.ToArbitrary(), (RigMessage message) =>
        {
            var payload = ProtocolJson.Encode(message);
            var decoded = ProtocolJson.Decode(message.Topic, payload);

            Assert.True(decoded.IsAccepted, decoded.Rejection?.ToString());
            Assert.Equal(message, decoded.Message);
            Assert.Equal(payload, ProtocolJson.Encode(decoded.Message));
        }));
    }

    [Fact]
    public void Random_bytes_never_throw_and_are_never_accepted_without_a_message()
    {
        var cases = from topic in Gen.Elements(Topics)
                    from payload in PayloadMutations.RandomBytes
                    select (topic, payload);
        Check.One(Many, Prop.ForAll(cases.ToArbitrary(), ((string Topic, byte[] Payload) c) =>
        {
            var result = ProtocolJson.Decode(c.Topic, c.Payload);

            Assert.True(result.IsAccepted ? result.Rejection is null : result.Rejection is not null);
        }));
    }

    [Fact]
    public void Mutated_goldens_never_throw_and_whatever_is_accepted_can_be_written_again()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10_000), Prop.ForAll(PayloadMutations.Mutated.ToArbitrary(), ((string Topic, byte[] Payload) c) =>
        {
            var result = ProtocolJson.Decode(c.Topic, c.Payload);
            if (result.IsAccepted)
            {
                var again = ProtocolJson.Decode(c.Topic, ProtocolJson.Encode(result.Message));
                Assert.True(again.IsAccepted, again.Rejection?.ToString());
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Detail));
            }
        }));
    }

    [Fact]
    public void A_message_on_another_rigs_topic_is_wrong_rig()
    {
        Check.One(Many, Prop.ForAll(MessageGenerators.Message.ToArbitrary(), (RigMessage message) =>
        {
            var otherRig = message.RigId == "rig-zz" ? "rig-yy" : "rig-zz";
            var result = ProtocolJson.Decode(RigTopics.For(otherRig, message.TopicKind), ProtocolJson.Encode(message));

            Assert.Equal(ChandlerLoop.Protocol.Names.ProtocolReason.WrongRig, result.Rejection?.Reason);
        }));
    }
}
