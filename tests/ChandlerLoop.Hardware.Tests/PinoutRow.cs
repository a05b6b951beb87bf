namespace ChandlerLoop.Hardware.Tests;

/// <summary>One row of hardware/pinout.csv: signal,gpio,direction,notes.</summary>
public sealed class PinoutRow
{
    /// <summary>Name of the constant in ChandlerLoop.Firmware.Board.Pins.</summary>
    public string Signal { get; set; } = string.Empty;

    /// <summary>ESP32 GPIO number.</summary>
    public int Gpio { get; set; }

    /// <summary><c>input</c> or <c>output</c>, seen from the ESP32.</summary>
    public string Direction { get; set; } = string.Empty;

    /// <summary>What is connected and why this pin (pull-ups, reset behaviour).</summary>
    public string Notes { get; set; } = string.Empty;

    public override string ToString() => $"{Signal} (GPIO{Gpio}, {Direction})";
}
