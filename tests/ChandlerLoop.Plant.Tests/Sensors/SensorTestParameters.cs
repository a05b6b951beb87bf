using ChandlerLoop.Plant;

namespace ChandlerLoop.Plant.Tests.Sensors;

/// <summary>Plant settings that keep the bath still so that sensor behaviour can be measured alone.</summary>
internal static class SensorTestParameters
{
    /// <summary>
    /// A bath at 22 °C with negligible room loss and a 1 J/K heater element, so that a stepped bath stays
    /// where it was put; noise-free sensors and no DS18B20 offset.
    /// </summary>
    public static PlantParameters Quiet { get; } = PlantParameters.Default with
    {
        AmbientLossWattsPerKelvin = 1e-9,
        HeaterElementHeatCapacityJoulesPerKelvin = 1.0,
        HeaterToWaterConductanceStillWattsPerKelvin = 0.1,
        HeaterToWaterConductanceStirredWattsPerKelvin = 0.1,
        ControlSensorNoiseRmsCelsius = 0.0,
        SafetySensorNoiseRmsCelsius = 0.0,
        SafetySensorOffsetCelsius = 0.0,
    };

    /// <summary>IEC 60751 PT100 resistance above 0 °C, written out independently of the model.</summary>
    public static double Pt100Ohms(double celsius) => 100.0 * (1.0 + (3.9083e-3 * celsius) - (5.775e-7 * celsius * celsius));
}
