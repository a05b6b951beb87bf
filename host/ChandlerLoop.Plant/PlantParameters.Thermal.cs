namespace ChandlerLoop.Plant;

/// <content>Thermal parameters: water bath, vessel, losses, heater element and thermal cut-out.</content>
public sealed partial record PlantParameters
{
    /// <summary>
    /// Mass of water in the bath, in kg. Default 4.0 kg (4 L at about 1 kg/L; density of water is
    /// 0.998 kg/L at 20 °C and 0.993 kg/L at 37 °C, so 4 L is 3.97–3.99 kg).
    /// </summary>
    public double WaterMassKilograms { get; init; } = 4.0;

    /// <summary>
    /// Specific heat of the bath water, in J/(kg·K). Default 4180: liquid water is 4182 J/(kg·K) at 20 °C
    /// and 4178 J/(kg·K) at 37 °C (IAPWS-95 tables, as given by engineering handbooks), constant to 0.1 %
    /// over the working range.
    /// </summary>
    public double WaterSpecificHeatJoulesPerKilogramKelvin { get; init; } = 4180.0;

    /// <summary>
    /// Heat capacity of everything that stays at bath temperature besides the water (tank walls, drum,
    /// shaft), in J/K. Default 1950 J/K, from the build in hardware/mechanics.md: the inner half of
    /// ≈0.26 m² of 5 mm acrylic (≈1130 J/K at 1470 J/(kg·K)), a ≈0.5 kg POM drum (≈760 J/K at
    /// ≈1500 J/(kg·K)) and the stainless shaft (≈75 J/K).
    /// </summary>
    public double VesselHeatCapacityJoulesPerKelvin { get; init; } = 1950.0;

    /// <summary>
    /// Overall heat-loss conductance from bath to room with the lid closed (U·A), in W/K. Default 1.5 W/K:
    /// about 0.2 m² of 5 mm acrylic wall and lid with an outside natural-convection-plus-radiation film
    /// coefficient of about 8–10 W/(m²·K) (U ≈ 7.5 W/(m²·K)). Holding 37 °C in a 22 °C room then needs
    /// 1.5 × 15 = 22.5 W, i.e. 15 % duty of the 150 W heater.
    /// </summary>
    public double AmbientLossWattsPerKelvin { get; init; } = 1.5;

    /// <summary>
    /// Extra loss conductance while the lid is open (<see cref="RigPlant.LidOpen"/>), in W/K. Default 1.5 W/K:
    /// about 0.05 m² of open water surface losing by natural convection (≈10 W/(m²·K)), radiation
    /// (≈6 W/(m²·K)) and evaporation (≈10–15 W/(m²·K) equivalent at 37 °C water, 50 % RH room air).
    /// </summary>
    public double LidOpenExtraLossWattsPerKelvin { get; init; } = 1.5;

    /// <summary>
    /// Electrical power of the heater at 100 % duty, in W. Default 150 W (24 V DC immersion element,
    /// 3.84 Ω). Duty is PWM-averaged: the PWM period is far shorter than any thermal time constant.
    /// </summary>
    public double HeaterPowerWatts { get; init; } = 150.0;

    /// <summary>
    /// Heat capacity of the heater element (sheath, MgO insulation, resistance wire), in J/K. Default
    /// 100 J/K: about 0.15 kg of stainless sheath at 500 J/(kg·K) plus the filling.
    /// </summary>
    public double HeaterElementHeatCapacityJoulesPerKelvin { get; init; } = 100.0;

    /// <summary>
    /// Element-to-water conductance when the drum stirs the bath (drum speed at or above
    /// <see cref="FullStirringDrumSpeedRpm"/>), in W/K. Default 8 W/K: about 60 cm² of sheath with a
    /// forced-convection coefficient of about 1300 W/(m²·K). Element time constant 100/8 = 12.5 s; at full
    /// power the element runs 150/8 ≈ 19 K above the water.
    /// </summary>
    public double HeaterToWaterConductanceStirredWattsPerKelvin { get; init; } = 8.0;

    /// <summary>
    /// Element-to-water conductance in still water (drum stopped), in W/K. Default 4 W/K: natural
    /// convection of water on a hot horizontal cylinder, about 650 W/(m²·K) over 60 cm². Element time
    /// constant 25 s; at full power the element runs about 37 K above the water.
    /// </summary>
    public double HeaterToWaterConductanceStillWattsPerKelvin { get; init; } = 4.0;

    /// <summary>
    /// Drum speed at and above which the bath counts as fully stirred, in rpm. Between 0 and this speed
    /// the element-to-water conductance is interpolated linearly. Default 20 rpm (a loop wheel of about
    /// 15 cm diameter moves its rim at about 0.16 m/s at 20 rpm, which is forced convection).
    /// </summary>
    public double FullStirringDrumSpeedRpm { get; init; } = 20.0;

    /// <summary>
    /// Bath temperature at which the hardware thermal cut-out in series with the heater opens, in °C.
    /// Default 42 °C: the bimetal disc thermostat on the tank wall that the hardware design puts in series
    /// with the heater, so it works with the ESP32 dead; at or above the firmware's highest allowed
    /// over-temperature limit (42 °C), so it never pre-empts the firmware's own fault.
    /// <see cref="double.PositiveInfinity"/> models a rig without a cut-out.
    /// </summary>
    public double ThermalCutoutOpenCelsius { get; init; } = 42.0;

    /// <summary>
    /// Bath temperature at which the opened cut-out closes again, in °C. Default 37 °C (typical 5 K
    /// differential of an automatic-reset bimetal thermostat). Must be below
    /// <see cref="ThermalCutoutOpenCelsius"/>.
    /// </summary>
    public double ThermalCutoutResetCelsius { get; init; } = 37.0;

    /// <summary>
    /// True (default) for a manual-reset cut-out, as the hardware specifies (KSD301 manual-reset
    /// variant, hardware/wiring.md §2): once open it stays open until <see cref="RigPlant.ResetThermalCutout"/>
    /// is called with the bath at or below <see cref="ThermalCutoutResetCelsius"/>, so a heater that
    /// failed on cannot cycle the bath between the reset and the opening temperature. False models
    /// an automatic-reset part that re-closes by itself at the reset temperature.
    /// </summary>
    public bool ThermalCutoutManualReset { get; init; } = true;

    /// <summary>
    /// Total heat capacity of the well-mixed bath node (water plus vessel and drum), in J/K.
    /// Default 4.0 × 4180 + 1950 = 18,670 J/K.
    /// </summary>
    public double BathHeatCapacityJoulesPerKelvin =>
        (WaterMassKilograms * WaterSpecificHeatJoulesPerKilogramKelvin) + VesselHeatCapacityJoulesPerKelvin;

    private void ValidateThermal()
    {
        RequirePositive(WaterMassKilograms, nameof(WaterMassKilograms));
        RequirePositive(WaterSpecificHeatJoulesPerKilogramKelvin, nameof(WaterSpecificHeatJoulesPerKilogramKelvin));
        RequireNonNegative(VesselHeatCapacityJoulesPerKelvin, nameof(VesselHeatCapacityJoulesPerKelvin));
        RequirePositive(AmbientLossWattsPerKelvin, nameof(AmbientLossWattsPerKelvin));
        RequireNonNegative(LidOpenExtraLossWattsPerKelvin, nameof(LidOpenExtraLossWattsPerKelvin));
        RequireNonNegative(HeaterPowerWatts, nameof(HeaterPowerWatts));
        RequirePositive(HeaterElementHeatCapacityJoulesPerKelvin, nameof(HeaterElementHeatCapacityJoulesPerKelvin));
        RequirePositive(HeaterToWaterConductanceStirredWattsPerKelvin, nameof(HeaterToWaterConductanceStirredWattsPerKelvin));
        RequirePositive(HeaterToWaterConductanceStillWattsPerKelvin, nameof(HeaterToWaterConductanceStillWattsPerKelvin));
        RequirePositive(FullStirringDrumSpeedRpm, nameof(FullStirringDrumSpeedRpm));
        RequirePositiveOrInfinity(ThermalCutoutOpenCelsius, nameof(ThermalCutoutOpenCelsius));
        if (!double.IsFinite(ThermalCutoutResetCelsius) || ThermalCutoutResetCelsius >= ThermalCutoutOpenCelsius)
        {
            throw Invalid(nameof(ThermalCutoutResetCelsius), ThermalCutoutResetCelsius,
                "must be a finite temperature below ThermalCutoutOpenCelsius");
        }

        double fastestSeconds = HeaterElementHeatCapacityJoulesPerKelvin
            / Math.Max(HeaterToWaterConductanceStirredWattsPerKelvin, HeaterToWaterConductanceStillWattsPerKelvin);
        if (MaxSubStepSeconds > fastestSeconds / 10.0)
        {
            throw Invalid(nameof(MaxSubStepSeconds), MaxSubStepSeconds,
                "must be at most a tenth of the heater element time constant (element heat capacity / conductance)");
        }
    }
}
