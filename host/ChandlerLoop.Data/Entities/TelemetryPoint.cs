namespace ChandlerLoop.Data.Entities;

/// <summary>
/// One telemetry record of a run, stored unaltered as the original record (DOMAIN §6).
/// (<see cref="RunId"/>, <see cref="Sequence"/>) is unique, which makes ingest idempotent.
/// </summary>
public sealed class TelemetryPoint
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>Navigation to the run.</summary>
    public Run? Run { get; set; }

    /// <summary>Rig sequence number, 1 .. 2³¹−1, restarting per run.</summary>
    public int Sequence { get; set; }

    /// <summary>Rig time since boot, s.</summary>
    public double TimeSinceBootSeconds { get; set; }

    /// <summary>When the host received the record, UTC.</summary>
    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>Rig run state as sent (protocol name).</summary>
    public string State { get; set; } = "";

    /// <summary>Control (RTD) temperature, °C; null when not available.</summary>
    public double? ControlTemperatureCelsius { get; set; }

    /// <summary>Safety (DS18B20) temperature, °C; null when not available.</summary>
    public double? SafetyTemperatureCelsius { get; set; }

    /// <summary>Temperature set-point, °C.</summary>
    public double SetpointCelsius { get; set; }

    /// <summary>Heater duty, 0..1.</summary>
    public double HeaterDutyCycle { get; set; }

    /// <summary>Measured drum speed, rpm.</summary>
    public double DrumSpeedRpm { get; set; }

    /// <summary>Commanded drum speed, rpm.</summary>
    public double DrumSpeedSetpointRpm { get; set; }

    /// <summary>Exposure time since t0, s.</summary>
    public double ExposureSeconds { get; set; }

    /// <summary>Latched fault (protocol name), "none" when none.</summary>
    public string Fault { get; set; } = "";

    /// <summary>True when the record arrived as back-fill.</summary>
    public bool WasReplayed { get; set; }
}
