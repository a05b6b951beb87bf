using System.Text;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Tests.Json;
using FsCheck;
using FsCheck.Fluent;
using Device = ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Protocol.Tests.CrossCheck;

/// <summary>
/// Status, telemetry and events written by the device's encoders decode on the host to the values the
/// device was given, and are byte for byte what the host's encoder writes for the same message.
/// </summary>
public sealed class DeviceToHostMessageTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

    [Fact]
    public void Device_status_decodes_on_the_host_and_matches_the_host_encoding()
    {
        Check.One(Many, Prop.ForAll(MessageGenerators.Status.ToArbitrary(), (RigStatus status) => AssertDeviceWrites(status, writer =>
            status.Online
                ? Device.RigMessageEncoder.WriteStatus(
                    writer, Text(status.RigId), DeviceNames.ToDevice(status.State!.Value), status.FirmwareVersion,
                    Text(status.RunId), DeviceNames.ToDevice(status.Fault!.Value), status.UptimeSeconds!.Value,
                    DeviceCalibration(status.Calibration))
                : Device.RigMessageEncoder.WriteOfflineStatus(writer, Text(status.RigId)))));
    }

    private static Device.StatusCalibration? DeviceCalibration(RigCalibration? calibration)
    {
        if (calibration is null)
        {
            return null;
        }

        var device = new Device.StatusCalibration();
        Assert.True(device.Set(
            calibration.ControlOffsetCelsius, calibration.SafetyOffsetCelsius,
            calibration.CalibratedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            calibration.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return device;
    }

    [Fact]
    public void Device_telemetry_decodes_on_the_host_and_matches_the_host_encoding()
    {
        Check.One(Many, Prop.ForAll(MessageGenerators.Telemetry.ToArbitrary(), (TelemetryRecord record) => AssertDeviceWrites(record, writer =>
        {
            var device = new Device.TelemetryRecord
            {
                Sequence = checked((int)record.Sequence),
                TimeSeconds = record.TimeSinceBootSeconds,
                State = DeviceNames.ToDevice(record.State),
                ControlCelsius = record.ControlTemperatureCelsius ?? double.NaN,
                SafetyCelsius = record.SafetyTemperatureCelsius ?? double.NaN,
                SetCelsius = record.SetpointCelsius,
                DutyCycle = record.HeaterDutyCycle,
                MeasuredRpm = record.DrumSpeedRpm,
                CommandedRpm = record.DrumSpeedSetpointRpm,
                ExposureSeconds = record.ExposureSeconds,
                Fault = DeviceNames.ToDevice(record.Fault),
                Replay = record.Replay,
            };
            return Device.RigMessageEncoder.WriteTelemetry(writer, Text(record.RigId), Text(record.RunId), device);
        })));
    }

    [Fact]
    public void Device_events_decode_on_the_host_and_match_the_host_encoding()
    {
        // The device writes an empty cmd as null and keeps details within 200 bytes; stay inside that.
        var events = MessageGenerators.Event.Where(e => e is not CommandResultEvent { Command: "" }
            && Encoding.UTF8.GetByteCount(e switch
            {
                CommandResultEvent r => r.Detail,
                MessageRejectedEvent r => r.Detail,
                _ => string.Empty,
            }) <= Device.ProtocolLimits.MaxDetailBytes);
        Check.One(Many, Prop.ForAll(events.ToArbitrary(), (RigEvent rigEvent) => AssertDeviceWrites(rigEvent, writer => WriteEvent(writer, rigEvent))));
    }

    private static bool WriteEvent(Device.JsonWriter writer, RigEvent e)
    {
        var rig = Text(e.RigId);
        var run = Text(e.RunId);
        var eseq = checked((int)e.EventSequence);
        var time = e.TimeSinceBootSeconds;
        return e switch
        {
            StateChangedEvent s => Device.RigEventEncoder.WriteStateChanged(
                writer, rig, run, eseq, time, DeviceNames.ToDevice(s.From), DeviceNames.ToDevice(s.To), s.ExposureSeconds),
            SampleDueEvent s => Device.RigEventEncoder.WriteSampleDue(writer, rig, run, eseq, time, s.SampleIndex, s.OffsetMinutes),
            SampleTakenEvent s => Device.RigEventEncoder.WriteSampleTaken(
                writer, rig, run, eseq, time, s.SampleIndex, s.OffsetMinutes, s.ActualExposureSeconds, Text(s.Tube)),
            FaultLatchedEvent f => Device.RigEventEncoder.WriteFault(
                writer, rig, run, eseq, time, DeviceNames.ToDevice(f.Fault), f.Value ?? double.NaN, f.Limit ?? double.NaN),
            FaultClearedEvent f => Device.RigEventEncoder.WriteFaultCleared(writer, rig, run, eseq, time, DeviceNames.ToDevice(f.Fault)),
            CommandResultEvent r => Device.RigEventEncoder.WriteCommandResult(
                writer, rig, run, eseq, time, Text(r.CommandId), Text(r.Command), DeviceNames.ToDevice(r.Reason), Text(r.Detail)),
            MessageRejectedEvent r => Device.RigEventEncoder.WriteMessageRejected(
                writer, rig, run, eseq, time, DeviceNames.ToDevice(r.Reason), Text(r.Detail)),
            AutotuneResultEvent a => Device.RigEventEncoder.WriteAutotuneResult(
                writer, rig, run, eseq, time, DeviceNames.ToDevice(a.Reason),
                a.AmplitudeCelsius ?? double.NaN, a.PeriodSeconds ?? double.NaN,
                a.ProportionalGain ?? double.NaN, a.IntegralGain ?? double.NaN, a.DerivativeGain ?? double.NaN),
            _ => throw new InvalidOperationException($"no device encoder for {e.GetType().Name}"),
        };
    }

    private static void AssertDeviceWrites(RigMessage expected, Func<Device.JsonWriter, bool> write)
    {
        var writer = new Device.JsonWriter(Device.ProtocolLimits.MaxRigMessageBytes);
        Assert.True(write(writer), $"the device could not write {expected}");
        var payload = writer.Buffer.AsSpan(0, writer.Length).ToArray();

        var decoded = ProtocolJson.Decode(expected.Topic, payload);

        Assert.True(decoded.IsAccepted, $"{Encoding.UTF8.GetString(payload)}: {decoded.Rejection}");
        Assert.Equal(expected, decoded.Message);
        Assert.Equal(Encoding.UTF8.GetString(ProtocolJson.Encode(expected)), Encoding.UTF8.GetString(payload));
    }

    private static Device.Utf8Text Text(string? value)
    {
        var text = new Device.Utf8Text(1024);
        text.Set(value ?? string.Empty);
        return text;
    }
}
