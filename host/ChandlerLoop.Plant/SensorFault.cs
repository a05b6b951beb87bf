namespace ChandlerLoop.Plant;

/// <summary>
/// A wiring or device fault injected into one of the simulated temperature sensors. What each fault reads
/// as depends on the sensor; see <see cref="RigPlant.ReadControlSensorCelsius"/> and
/// <see cref="RigPlant.ReadSafetySensorCelsius"/>.
/// </summary>
public enum SensorFault
{
    /// <summary>The sensor works normally.</summary>
    None,

    /// <summary>A broken wire: the sensing element is disconnected.</summary>
    Open,

    /// <summary>The sensing element or its wires are shorted together.</summary>
    Short,

    /// <summary>The converter chip does not answer on its bus.</summary>
    NoResponse,

    /// <summary>The reading is frozen at the last value reported before the fault.</summary>
    Stuck,
}
