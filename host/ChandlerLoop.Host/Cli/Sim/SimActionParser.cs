using System.Globalization;
using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.Host.Cli.Sim;

/// <summary>
/// Parses the simulator's schedule options (times: "600s", "10m", "1h" or plain seconds):
/// <c>--fault rig-01:motor-stall@600s</c> (kinds: <see cref="FaultKinds"/>; "repair" removes every
/// injected fault), <c>--drop rig-01:30s@300s</c> (network down 30 s from 300 s),
/// <c>--reboot rig-01@900s</c>. Errors name the option and the accepted form.
/// </summary>
internal static class SimActionParser
{
    /// <summary>Accepted fault names.</summary>
    public static readonly IReadOnlyList<string> FaultKinds =
    [
        "motor-stall", "heater-failure", "lid-open",
        "control-sensor-open", "control-sensor-short", "control-sensor-no-response", "control-sensor-stuck",
        "safety-sensor-open", "safety-sensor-short", "safety-sensor-no-response", "safety-sensor-stuck",
        "repair",
    ];

    /// <summary>Parses one <c>--fault</c> value.</summary>
    public static SimAction Fault(string text)
    {
        var (target, at) = SplitAt("--fault", text, "rig-01:motor-stall@600s");
        var colon = target.IndexOf(':');
        if (colon <= 0)
        {
            throw Bad("--fault", text, "rig-01:motor-stall@600s");
        }

        var kind = target[(colon + 1)..].Trim().ToLowerInvariant();
        if (!FaultKinds.Contains(kind))
        {
            throw new CliUsageException("--fault '" + text + "': unknown fault '" + kind + "'; use one of " + string.Join(", ", FaultKinds) + ".");
        }

        return new SimAction(at, target[..colon].Trim(), kind, 0, "--fault " + text);
    }

    /// <summary>Parses one <c>--drop</c> value.</summary>
    public static SimAction Drop(string text)
    {
        var (target, at) = SplitAt("--drop", text, "rig-01:30s@300s");
        var colon = target.IndexOf(':');
        if (colon <= 0 || !TryDuration(target[(colon + 1)..], out var seconds) || seconds <= 0)
        {
            throw Bad("--drop", text, "rig-01:30s@300s");
        }

        return new SimAction(at, target[..colon].Trim(), "drop", seconds, "--drop " + text);
    }

    /// <summary>Parses one <c>--reboot</c> value.</summary>
    public static SimAction Reboot(string text)
    {
        var (target, at) = SplitAt("--reboot", text, "rig-01@900s");
        if (target.Length == 0 || target.Contains(':'))
        {
            throw Bad("--reboot", text, "rig-01@900s");
        }

        return new SimAction(at, target, "reboot", 0, "--reboot " + text);
    }

    /// <summary>Seconds from "600s", "10m", "1.5h" or "600".</summary>
    public static bool TryDuration(string text, out double seconds)
    {
        text = text.Trim().ToLowerInvariant();
        var factor = 1.0;
        if (text.EndsWith('s'))
        {
            text = text[..^1];
        }
        else if (text.EndsWith('m'))
        {
            factor = 60.0;
            text = text[..^1];
        }
        else if (text.EndsWith('h'))
        {
            factor = 3600.0;
            text = text[..^1];
        }

        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0;
        seconds = ok ? value * factor : 0;
        return ok;
    }

    /// <summary>Applies <paramref name="action"/> to <paramref name="rig"/>.</summary>
    public static void Apply(SimAction action, VirtualRig rig)
    {
        switch (action.Kind)
        {
            case "drop": rig.DropNetwork(action.DurationSeconds); break;
            case "reboot": rig.Reboot(); break;
            case "motor-stall": rig.InjectMotorStall(true); break;
            case "heater-failure": rig.InjectHeaterFailure(true); break;
            case "lid-open": rig.SetLidOpen(true); break;
            case "repair":
                rig.InjectMotorStall(false);
                rig.InjectHeaterFailure(false);
                rig.SetLidOpen(false);
                rig.InjectControlSensorFault(SensorFault.None);
                rig.InjectSafetySensorFault(SensorFault.None);
                break;
            default:
                var sensorFault = action.Kind.EndsWith("-open", StringComparison.Ordinal) ? SensorFault.Open
                    : action.Kind.EndsWith("-short", StringComparison.Ordinal) ? SensorFault.Short
                    : action.Kind.EndsWith("-no-response", StringComparison.Ordinal) ? SensorFault.NoResponse
                    : SensorFault.Stuck;
                if (action.Kind.StartsWith("control-", StringComparison.Ordinal))
                {
                    rig.InjectControlSensorFault(sensorFault);
                }
                else
                {
                    rig.InjectSafetySensorFault(sensorFault);
                }

                break;
        }
    }

    private static (string Target, double AtSeconds) SplitAt(string option, string text, string example)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || !TryDuration(text[(at + 1)..], out var seconds))
        {
            throw Bad(option, text, example);
        }

        return (text[..at].Trim(), seconds);
    }

    private static CliUsageException Bad(string option, string text, string example) =>
        new(option + " '" + text + "' is not understood: use the form " + example + " (times as 600s, 10m, 1h or seconds).");
}
