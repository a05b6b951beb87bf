using ChandlerLoop.Protocol.Names;
using Device = ChandlerLoop.Control;
using DeviceNamesTable = ChandlerLoop.Control.Protocol.ProtocolNames;

namespace ChandlerLoop.Protocol.Tests.CrossCheck;

/// <summary>Maps between the device's enumerations and the host's through their wire names (never by number).</summary>
internal static class DeviceNames
{
    public static RigState ToHost(Device.Run.RunState state) => Parse<RigState>(DeviceNamesTable.State(state), ProtocolNames.TryParse);

    public static RigFault ToHost(Device.Safety.FaultCode fault) => Parse<RigFault>(DeviceNamesTable.Fault(fault), ProtocolNames.TryParse);

    public static ProtocolReason ToHost(Device.Protocol.ProtocolReason reason) => Parse<ProtocolReason>(DeviceNamesTable.Reason(reason), ProtocolNames.TryParse);

    public static RunAbortReason ToHost(Device.Run.AbortReason reason) => Parse<RunAbortReason>(DeviceNamesTable.Abort(reason), ProtocolNames.TryParse);

    public static RigCommandKind ToHost(Device.Protocol.CommandKind kind) => Parse<RigCommandKind>(DeviceNamesTable.Command(kind), ProtocolNames.TryParse);

    public static Device.Run.RunState ToDevice(RigState state) => Find<Device.Run.RunState>(ProtocolNames.ToWire(state), DeviceNamesTable.State);

    public static Device.Safety.FaultCode ToDevice(RigFault fault) => Find<Device.Safety.FaultCode>(ProtocolNames.ToWire(fault), DeviceNamesTable.Fault);

    public static Device.Protocol.ProtocolReason ToDevice(ProtocolReason reason) => Find<Device.Protocol.ProtocolReason>(ProtocolNames.ToWire(reason), DeviceNamesTable.Reason);

    public static Device.Temperature.AutotuneAbortReason ToDevice(AutotuneReason reason) => Find<Device.Temperature.AutotuneAbortReason>(ProtocolNames.ToWire(reason), DeviceNamesTable.Autotune);

    private delegate bool Parser<T>(string? wire, out T value);

    private static T Parse<T>(string wire, Parser<T> parse)
    {
        Assert.True(parse(wire, out var value), $"the host does not know the device's name '{wire}'");
        return value;
    }

    private static TDevice Find<TDevice>(string wire, Func<TDevice, string> deviceName)
        where TDevice : struct, Enum =>
        Enum.GetValues<TDevice>().Single(candidate => deviceName(candidate) == wire);
}
