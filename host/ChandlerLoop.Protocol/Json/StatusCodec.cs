using System.Globalization;
using System.Text.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>Fields of <c>status</c> after the common ones, in the order of docs/protocol.md.</summary>
internal static class StatusCodec
{
    public static readonly string[] Fields = ["online", "state", "fw", "run", "fault", "uptime_s", "cal"];

    /// <summary>Members of <c>cal</c>, in canonical order.</summary>
    public static readonly string[] CalibrationFields = ["control_offset_c", "safety_offset_c", "on", "due"];

    private const string DateFormat = "yyyy-MM-dd";

    public static RigStatus? Read(MessageReader reader, string rigId)
    {
        reader.RejectRepeated(["v", "type", "rig", .. Fields]);
        var online = reader.Boolean("online");
        var stateText = reader.String("state", nullable: false);
        if (reader.Failed)
        {
            return null;
        }

        if (!online)
        {
            // The last will carries no details; anything else in an offline status is not read.
            reader.Check(
                stateText == ProtocolNames.OfflineState ? null : "state must be offline when online is false");
            return reader.Failed ? null : RigStatus.CreateOffline(rigId);
        }

        if (!ProtocolNames.TryParse(stateText, out RigState state))
        {
            reader.Fail(ProtocolReason.OutOfRange, $"state {stateText} is not a run state (offline requires online false)");
            return null;
        }

        var firmware = reader.Text("fw", 1, ProtocolLimits.MaximumFirmwareLength, nullable: false, allowControl: false);
        var runId = reader.RunId("run", nullable: true);
        var fault = reader.Name<RigFault>("fault", ProtocolNames.TryParse, "a fault name");
        var uptime = reader.Integer(ProtocolLimits.Uptime);
        var calibration = reader.Failed ? null : ReadCalibration(reader);
        return reader.Failed ? null : RigStatus.CreateOnline(rigId, state, firmware!, runId, fault, uptime, calibration);
    }

    /// <summary><c>cal</c>: absent is null (an older rig); present, it must be an object with all four members.</summary>
    private static RigCalibration? ReadCalibration(MessageReader reader)
    {
        if (!reader.TryPeek("cal", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            reader.Fail(ProtocolReason.WrongFieldType, "cal must be an object");
            return null;
        }

        var cal = new MessageReader(element);
        cal.RejectRepeated(CalibrationFields);
        var control = cal.Number(ProtocolLimits.ControlOffset);
        var safety = cal.Number(ProtocolLimits.SafetyOffset);
        var calibratedOn = ReadDate(cal, "on");
        var dueOn = ReadDate(cal, "due");
        if (cal.Rejection is { } rejection)
        {
            reader.Fail(rejection.Reason, "cal: " + rejection.Detail);
            return null;
        }

        return new RigCalibration(control, safety, calibratedOn, dueOn);
    }

    private static DateOnly? ReadDate(MessageReader reader, string name)
    {
        var text = reader.String(name, nullable: true);
        if (text is null || reader.Failed)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reader.Fail(ProtocolReason.OutOfRange, $"{name} must be a calendar date YYYY-MM-DD or null");
            return null;
        }

        return date;
    }

    public static void Write(CanonicalJsonWriter writer, RigStatus status)
    {
        writer.Boolean("online", status.Online);
        if (!status.Online)
        {
            if (status.State is not null || status.FirmwareVersion is not null || status.RunId is not null
                || status.Fault is not null || status.UptimeSeconds is not null || status.Calibration is not null)
            {
                throw new ProtocolEncodingException(
                    ProtocolReason.OutOfRange,
                    "an offline status carries no state, fw, run, fault, uptime_s or cal; use RigStatus.CreateOffline");
            }

            writer.String("state", ProtocolNames.OfflineState);
            return;
        }

        if (status.State is not { } state || status.FirmwareVersion is null || status.Fault is not { } fault
            || status.UptimeSeconds is not { } uptime)
        {
            throw new ProtocolEncodingException(
                ProtocolReason.MissingField, "an online status needs state, fw, fault and uptime_s");
        }

        writer.String("state", ProtocolNames.ToWire(state));
        writer.String("fw", status.FirmwareVersion);
        writer.String("run", status.RunId);
        writer.String("fault", ProtocolNames.ToWire(fault));
        writer.Integer("uptime_s", uptime);
        if (status.Calibration is { } calibration)
        {
            WriteCalibration(writer, calibration);
        }
    }

    private static void WriteCalibration(CanonicalJsonWriter writer, RigCalibration calibration)
    {
        writer.BeginObject("cal");
        writer.Number(ProtocolLimits.ControlOffset, calibration.ControlOffsetCelsius);
        writer.Number(ProtocolLimits.SafetyOffset, calibration.SafetyOffsetCelsius);
        writer.String("on", FormatDate(calibration.CalibratedOn));
        writer.String("due", FormatDate(calibration.DueOn));
        writer.EndObject();
    }

    private static string? FormatDate(DateOnly? date) =>
        date?.ToString(DateFormat, CultureInfo.InvariantCulture);
}
