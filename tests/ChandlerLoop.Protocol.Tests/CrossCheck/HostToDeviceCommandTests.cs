using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Tests.Json;
using FsCheck;
using FsCheck.Fluent;
using Device = ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Protocol.Tests.CrossCheck;

/// <summary>
/// Commands the host encodes are read by the device's decoder (firmware/ChandlerLoop.Control/Protocol)
/// with the same values, and the device's own command encoder writes the very same bytes; for broken
/// payloads both sides give the same reason.
/// </summary>
public sealed class HostToDeviceCommandTests
{
    [Fact]
    public void Random_host_commands_are_accepted_by_the_device_with_identical_values_and_bytes()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(MessageGenerators.Command.ToArbitrary(), (RigCommand command) =>
        {
            var payload = ProtocolJson.Encode(command);
            var decoder = new Device.CommandDecoder(command.RigId);
            var decoded = new Device.DecodedCommand();

            var reason = decoder.Decode(payload, payload.Length, decoded);

            Assert.True(reason == Device.ProtocolReason.Ok, $"{System.Text.Encoding.UTF8.GetString(payload)}: {decoder.Detail}");
            AssertSameValues(command, decoded);
            Assert.Equal(payload, DeviceEncode(command.RigId, decoded));
        }));
    }

    [Fact]
    public void Host_and_device_give_the_same_reason_for_mutated_golden_commands()
    {
        var mutated = PayloadMutations.Mutated.Where(c => c.Topic.EndsWith("/commands", StringComparison.Ordinal));
        var decoder = new Device.CommandDecoder("rig-01");
        var decoded = new Device.DecodedCommand();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10_000), Prop.ForAll(mutated.ToArbitrary(), ((string Topic, byte[] Payload) c) =>
        {
            var host = ProtocolJson.Decode(c.Topic, c.Payload);
            var device = decoder.Decode(c.Payload, c.Payload.Length, decoded);

            var text = System.Text.Encoding.UTF8.GetString(c.Payload);
            var hostReason = host.IsAccepted ? ProtocolReason.Ok : host.Rejection.Reason;
            Assert.True(
                DeviceNames.ToHost(device) == hostReason,
                $"{text}\n host: {host.Rejection?.ToString() ?? "ok"}\n device: {Device.ProtocolNames.Reason(device)}: {decoder.Detail}");
            Assert.Equal(decoder.IdReadable, host.IsAccepted || host.Rejection.CommandId is not null);
        }));
    }

    private static byte[] DeviceEncode(string rigId, Device.DecodedCommand decoded)
    {
        var writer = new Device.JsonWriter(Device.ProtocolLimits.MaxCommandBytes);
        var rig = new Device.Utf8Text(64);
        rig.Set(rigId);
        Assert.True(Device.CommandEncoder.Write(writer, rig, decoded));
        return writer.Buffer.AsSpan(0, writer.Length).ToArray();
    }

    private static void AssertSameValues(RigCommand command, Device.DecodedCommand decoded)
    {
        Assert.Equal(command.CommandId, decoded.Id.ToString());
        Assert.Equal(command.Kind, DeviceNames.ToHost(decoded.Kind));
        switch (command)
        {
            case StartPrewarmCommand c:
                Assert.Equal(c.RunId, decoded.Run.ToString());
                Assert.Equal(c.SetpointCelsius, decoded.SetCelsius);
                Assert.Equal(c.SpeedRpm, decoded.SpeedRpm);
                Assert.Equal(c.ExposureMinutes, decoded.ExposureMinutes);
                Assert.Equal(c.SampleOffsetsMinutes, Enumerable.Range(0, decoded.SampleCount).Select(decoded.GetSampleMinutes));
                Assert.Equal(c.StabilityBandCelsius, decoded.BandCelsius);
                Assert.Equal(c.StabilityHoldSeconds, decoded.HoldSeconds);
                Assert.Equal(c.RotateWhileSampling, decoded.RotateWhileSampling);
                break;
            case AckSampleCommand c:
                Assert.Equal(c.SampleIndex, decoded.SampleIndex);
                Assert.Equal(c.Tube, decoded.HasTube ? decoded.Tube.ToString() : null);
                break;
            case AbortCommand c:
                Assert.Equal(c.Reason, DeviceNames.ToHost(decoded.AbortReason));
                Assert.Equal(c.Note, decoded.HasNote ? decoded.Note.ToString() : null);
                break;
            case SetGainsCommand c:
                Assert.Equal(c.ProportionalGain, decoded.Kp);
                Assert.Equal(c.IntegralGain, decoded.Ki);
                Assert.Equal(c.DerivativeGain, decoded.Kd);
                Assert.Equal(c.MaximumDutyCycle, decoded.MaxDuty);
                break;
            case StartAutotuneCommand c:
                Assert.Equal(c.SetpointCelsius, decoded.SetCelsius);
                break;
            case IdentifyCommand c:
                Assert.Equal(c.DurationSeconds, decoded.IdentifySeconds);
                break;
            case BackfillCommand c:
                Assert.Equal(c.RunId, decoded.Run.ToString());
                Assert.Equal(c.FromSequence, decoded.FromSequence);
                Assert.Equal(c.ToSequence, decoded.HasToSequence ? decoded.ToSequence : null);
                break;
            case ConfirmLoadedCommand or ClearFaultCommand:
                break;
            default:
                Assert.Fail($"no comparison for {command.GetType().Name}");
                break;
        }
    }
}
