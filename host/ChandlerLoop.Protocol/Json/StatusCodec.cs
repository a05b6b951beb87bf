using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>Fields of <c>status</c> after the common ones, in the order of docs/protocol.md.</summary>
internal static class StatusCodec
{
    public static readonly string[] Fields = ["online", "state", "fw", "run", "fault", "uptime_s"];

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
        return reader.Failed ? null : RigStatus.CreateOnline(rigId, state, firmware!, runId, fault, uptime);
    }

    public static void Write(CanonicalJsonWriter writer, RigStatus status)
    {
        writer.Boolean("online", status.Online);
        if (!status.Online)
        {
            if (status.State is not null || status.FirmwareVersion is not null || status.RunId is not null
                || status.Fault is not null || status.UptimeSeconds is not null)
            {
                throw new ProtocolEncodingException(
                    ProtocolReason.OutOfRange,
                    "an offline status carries no state, fw, run, fault or uptime_s; use RigStatus.CreateOffline");
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
    }
}
